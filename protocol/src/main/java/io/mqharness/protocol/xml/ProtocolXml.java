package io.mqharness.protocol.xml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.mqharness.protocol.model.ConsumedMessages;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.HandleErrors;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.model.ReceiptHandles;
import javax.xml.stream.XMLInputFactory;
import org.codehaus.stax2.XMLOutputFactory2;

/**
 * The single place that reads and writes protocol bodies (SPEC §4).
 *
 * <p>Reading matches elements by local name whatever the namespace, accepts CDATA, any element
 * order, any or no XML declaration, and ignores unknown elements. Anything that is not a
 * well-formed document of the expected root throws {@link MalformedXmlException}; DOCTYPEs are
 * refused. Writing produces what the service sends: a double-quoted declaration, a default
 * namespace on the root, no whitespace, no CDATA.
 */
public final class ProtocolXml {
  private static final XmlMapper MAPPER = createMapper();
  private static final XmlReading READING = new XmlReading(MAPPER);
  private static final XmlWriting WRITING = new XmlWriting(MAPPER);

  private ProtocolXml() {}

  /**
   * Reads a publish body; a malformed {@code Properties} pair throws {@link
   * io.mqharness.protocol.properties.InvalidPropertyException}.
   */
  public static PublishRequest readPublishRequest(byte[] xml) {
    return READING.read(xml, "Message", PublishRequestXml.class).toModel();
  }

  /** Writes a publish body in the slash namespace, as the reference client, Python and Node do. */
  public static byte[] writePublishRequest(PublishRequest request) {
    return writePublishRequest(request, RequestNamespace.WITH_SLASH);
  }

  /**
   * Writes a publish body the way an SDK with this namespace habit would ({@link
   * RequestNamespace#NONE} also drops the declaration, as Go).
   */
  public static byte[] writePublishRequest(PublishRequest request, RequestNamespace namespace) {
    return WRITING.writeRequest(PublishRequestXml.from(request), namespace);
  }

  public static PublishResponse readPublishResponse(byte[] xml) {
    return READING.read(xml, "Message", PublishResponseXml.class).toModel();
  }

  public static byte[] writePublishResponse(PublishResponse response) {
    return WRITING.write(PublishResponseXml.from(response));
  }

  /** Reads {@code <Messages>}; a single {@code <Message>} gives a one-element list. */
  public static ConsumedMessages readConsumedMessages(byte[] xml) {
    return READING.read(xml, "Messages", ConsumedMessagesXml.class).toModel();
  }

  /**
   * Writes {@code <Messages>}. An empty list is refused: the service answers 404 {@code
   * MessageNotExist} instead, because some SDKs crash on an empty {@code <Messages/>} (SPEC §2.5).
   */
  public static byte[] writeConsumedMessages(ConsumedMessages messages) {
    if (messages.messages().isEmpty()) {
      throw new IllegalArgumentException(
          "An empty <Messages> must not be sent; answer 404 MessageNotExist instead.");
    }
    return WRITING.write(ConsumedMessagesXml.from(messages));
  }

  /**
   * Reads {@code <ReceiptHandles>}, one entry per {@code <ReceiptHandle>} in order, an empty
   * element as "" (the server lists it as a failed handle); no {@code <ReceiptHandle>} at all gives
   * an empty list (MissingReceiptHandle).
   */
  public static ReceiptHandles readReceiptHandles(byte[] xml) {
    return READING.read(xml, "ReceiptHandles", ReceiptHandlesXml.class).toModel();
  }

  public static byte[] writeReceiptHandles(ReceiptHandles handles) {
    return writeReceiptHandles(handles, RequestNamespace.WITH_SLASH);
  }

  public static byte[] writeReceiptHandles(ReceiptHandles handles, RequestNamespace namespace) {
    return WRITING.writeRequest(ReceiptHandlesXml.from(handles), namespace);
  }

  public static ErrorResponse readErrorResponse(byte[] xml) {
    return READING.read(xml, "Error", ErrorResponseXml.class).toModel();
  }

  /**
   * Writes {@code <Error>} (SPEC §4.6) in the namespace without slash: the one renderer of
   * whole-request errors. Characters XML 1.0 cannot carry in Message or HostId are written as
   * {@code \}{@code uXXXX}, so the body is always well-formed.
   */
  public static byte[] writeErrorResponse(ErrorResponse error) {
    return WRITING.write(ErrorResponseXml.from(error));
  }

  public static HandleErrors readHandleErrors(byte[] xml) {
    return READING.read(xml, "Errors", HandleErrorsXml.class).toModel();
  }

  public static byte[] writeHandleErrors(HandleErrors errors) {
    return WRITING.write(HandleErrorsXml.from(errors));
  }

  /**
   * The local name of the root element, e.g. to tell {@code <Error>} from {@code <Errors>} on a
   * failed ack.
   */
  public static String rootElementName(byte[] xml) {
    return READING.rootName(xml);
  }

  private static XmlMapper createMapper() {
    XmlMapper mapper =
        XmlMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    XMLInputFactory input = mapper.getFactory().getXMLInputFactory();
    input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    mapper
        .getFactory()
        .getXMLOutputFactory()
        .setProperty(XMLOutputFactory2.P_TEXT_ESCAPER, new TextEscaping());
    return mapper;
  }
}
