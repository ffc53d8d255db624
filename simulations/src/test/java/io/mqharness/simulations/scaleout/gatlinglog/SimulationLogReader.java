package io.mqharness.simulations.scaleout.gatlinglog;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one Gatling 3.15 binary {@code simulation.log}, record after record, as gatling-charts'
 * {@code LogFileReader} does: the run record first, then user, request, group and error records,
 * strings of the last three through the file's string cache (a positive index brings a new string,
 * a negative one names one seen before). A file cut short in a record (an injector killed while
 * writing) ends there; {@link #truncated()} says so.
 */
public final class SimulationLogReader implements AutoCloseable {
  private final Path file;
  private final DataInputStream in;
  private final LogRecord.Run run;
  private final Map<Integer, RawString> cache = new HashMap<>();
  private long records = 1;
  private boolean truncated;

  /**
   * Opens {@code file} and reads its run record.
   *
   * @throws IOException when it cannot be read or does not start with a run record
   */
  public SimulationLogReader(Path file) throws IOException {
    this.file = file;
    this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    try {
      if (in.read() != LogRecord.RUN) {
        throw new IOException(
            file + " is not a Gatling 3.15 simulation.log: it does not start with a run record");
      }
      run = readRun();
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** The file's run record, read when it was opened. */
  public LogRecord.Run run() {
    return run;
  }

  /**
   * The next record, empty at the end of the file (or where it was cut short).
   *
   * @throws IOException when the file cannot be read or holds a record kind Gatling 3.15 does not
   *     write
   */
  public Optional<LogRecord> next() throws IOException {
    if (truncated) {
      return Optional.empty();
    }
    int header = in.read();
    if (header < 0) {
      return Optional.empty();
    }
    try {
      LogRecord record =
          switch ((byte) header) {
            case LogRecord.USER ->
                new LogRecord.User(run.scenarios().get(in.readInt()), in.readBoolean(), time());
            case LogRecord.REQUEST ->
                new LogRecord.Request(
                    groups(), cached(), time(), time(), in.readBoolean(), cached());
            case LogRecord.GROUP ->
                new LogRecord.Group(groups(), time(), time(), in.readInt(), in.readBoolean());
            case LogRecord.ERROR -> new LogRecord.Error(cached(), time());
            default ->
                throw new IOException(
                    file + ": unknown record kind " + header + " after record " + records);
          };
      records++;
      return Optional.of(record);
    } catch (EOFException e) {
      truncated = true;
      return Optional.empty();
    }
  }

  /** True when the file ended inside a record: what came before it was read. */
  public boolean truncated() {
    return truncated;
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  private LogRecord.Run readRun() throws IOException {
    RawString version = string();
    RawString simulation = string();
    long start = in.readLong();
    RawString description = string();
    List<RawString> scenarios = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      scenarios.add(string());
    }
    List<byte[]> assertions = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      assertions.add(in.readNBytes(in.readInt()));
    }
    return new LogRecord.Run(
        version, simulation, start, description, List.copyOf(scenarios), List.copyOf(assertions));
  }

  private long time() throws IOException {
    return run.start() + in.readInt();
  }

  private List<RawString> groups() throws IOException {
    int size = in.readInt();
    List<RawString> groups = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      groups.add(cached());
    }
    return groups;
  }

  private RawString cached() throws IOException {
    int index = in.readInt();
    if (index >= 0) {
      RawString value = string();
      cache.put(index, value);
      return value;
    }
    RawString seen = cache.get(-index);
    if (seen == null) {
      throw new IOException(
          file + ": string " + (-index) + " used before it was given, after record " + records);
    }
    return seen;
  }

  private RawString string() throws IOException {
    int length = in.readInt();
    if (length == 0) {
      return RawString.EMPTY;
    }
    byte[] value = in.readNBytes(length);
    if (value.length < length) {
      throw new EOFException();
    }
    return new RawString(value, in.readByte());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
