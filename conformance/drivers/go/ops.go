package main

import (
	"strconv"
	"strings"

	mq_http_sdk "github.com/aliyunmq/mq-http-go-sdk"
)

var capabilities = []string{"ORDERED_CONSUME", "TRANSACTIONS", "TIMER_MESSAGES", "BATCH_ACK"}

// driver keeps the one SDK client between requests; connect replaces it.
type driver struct {
	client mq_http_sdk.MQClient
}

// dispatch runs one op: its result, or the failure to answer with.
func (d *driver) dispatch(op string, p params) (result interface{}, f *failure) {
	switch op {
	case "hello":
		return hello{Name: "go-sdk", Sdk: "github.com/aliyunmq/mq-http-go-sdk", SdkVersion: sdkVersion(),
			Capabilities: capabilities}, nil
	case "connect":
		return d.connect(p)
	case "shutdown":
		return empty{}, nil
	case "publish", "consume", "ack", "consumeHalf", "commit", "rollback":
		if d.client == nil {
			return nil, clientFailure("NotConnected", "connect must come first")
		}
	default:
		return nil, &failure{Kind: "unsupported", Code: strPtr("UnknownOp"), Message: "unknown op " + op}
	}
	switch op {
	case "publish":
		return d.publish(p)
	case "consume":
		return d.consume(p)
	case "ack":
		return d.ack(p)
	case "consumeHalf":
		return d.consumeHalf(p)
	case "commit":
		return d.commitOrRollback(p, true)
	default:
		return d.commitOrRollback(p, false)
	}
}

// sdkVersion reads the version out of the SDK's client name, "mq-go-sdk/1.0.3(fasthttp)".
func sdkVersion() string {
	v := strings.TrimPrefix(mq_http_sdk.ClientName, "mq-go-sdk/")
	if i := strings.Index(v, "("); i >= 0 {
		v = v[:i]
	}
	return v
}

// connect builds the client as the SDK's samples do, with its default timeout (35 s, DefaultTimeout); it panics
// on an empty endpoint or key, which becomes a client failure. No network.
func (d *driver) connect(p params) (interface{}, *failure) {
	token := ""
	if p.SecurityToken != nil {
		token = *p.SecurityToken
	}
	var client mq_http_sdk.MQClient
	if f := withinDeadline(standardDeadline, func() error {
		client = mq_http_sdk.NewAliyunMQClient(p.URL, p.AccessKeyID, p.AccessKeySecret, token)
		return nil
	}); f != nil {
		return nil, f
	}
	d.client = client
	return empty{}, nil
}

// publish sends through the plain producer; a half message is the same request with TransCheckImmunityTime set.
func (d *driver) publish(p params) (interface{}, *failure) {
	msg := mq_http_sdk.PublishMessageRequest{MessageBody: p.Body, Properties: map[string]string{}}
	if p.Tag != nil {
		msg.MessageTag = *p.Tag
	}
	for k, v := range p.Properties {
		msg.Properties[k] = v
	}
	if p.MessageKey != nil {
		msg.MessageKey = *p.MessageKey
	}
	if p.StartDeliverTime != nil {
		msg.StartDeliverTime = *p.StartDeliverTime
	}
	if p.ShardingKey != nil {
		msg.ShardingKey = *p.ShardingKey
	}
	if p.TransCheckImmunitySeconds != nil {
		msg.TransCheckImmunityTime = *p.TransCheckImmunitySeconds
	}
	var resp mq_http_sdk.PublishMessageResponse
	if f := withinDeadline(standardDeadline, func() (err error) {
		resp, err = d.client.GetProducer(p.instanceID(), p.Topic).PublishMessage(msg)
		return err
	}); f != nil {
		return nil, f
	}
	return published{MessageID: resp.MessageId, BodyMD5: nonEmpty(resp.MessageBodyMD5),
		ReceiptHandle: nonEmpty(resp.ReceiptHandle)}, nil
}

func (d *driver) consume(p params) (interface{}, *failure) {
	tag := ""
	if p.Tag != nil {
		tag = *p.Tag
	}
	consumer := d.client.GetConsumer(p.instanceID(), p.Topic, p.Group, tag)
	poll := consumer.ConsumeMessage
	if p.Orderly != nil && *p.Orderly {
		poll = consumer.ConsumeMessageOrderly
	}
	return polled(poll, p.NumOfMessages, p.WaitSeconds)
}

func (d *driver) consumeHalf(p params) (interface{}, *failure) {
	producer := d.client.GetTransProducer(p.instanceID(), p.Topic, p.Group)
	return polled(producer.ConsumeHalfMessage, p.NumOfMessages, p.WaitSeconds)
}

func (d *driver) ack(p params) (interface{}, *failure) {
	consumer := d.client.GetConsumer(p.instanceID(), p.Topic, p.Group, "")
	if f := withinDeadline(standardDeadline, func() error { return consumer.AckMessage(p.ReceiptHandles) }); f != nil {
		return nil, f
	}
	return empty{}, nil
}

func (d *driver) commitOrRollback(p params, commit bool) (interface{}, *failure) {
	if len(p.ReceiptHandles) != 1 {
		return nil, clientFailure("InvalidArgument", "commit and rollback take exactly one receipt handle")
	}
	producer := d.client.GetTransProducer(p.instanceID(), p.Topic, p.Group)
	decide := producer.Rollback
	if commit {
		decide = producer.Commit
	}
	if f := withinDeadline(standardDeadline, func() error { return decide(p.ReceiptHandles[0]) }); f != nil {
		return nil, f
	}
	return empty{}, nil
}

// polled runs a consume, orderly consume or half pop the way the SDK's samples do, in a goroutine that answers on
// a response or an error channel; "no message" (MessageNotExist) is an empty list.
func polled(poll func(chan mq_http_sdk.ConsumeMessageResponse, chan error, int32, int64), n int32, wait int64) (interface{}, *failure) {
	resp, f := consumeWithin(pollDeadline(wait), func(respChan chan mq_http_sdk.ConsumeMessageResponse, errChan chan error) {
		poll(respChan, errChan, n, wait)
	})
	if f != nil {
		if f.Kind == "service" && deref(f.Code) == "MessageNotExist" {
			return messages{Messages: []message{}}, nil
		}
		return nil, f
	}
	got := make([]message, 0, len(resp.Messages))
	for _, m := range resp.Messages {
		got = append(got, received(m))
	}
	return messages{Messages: got}, nil
}

// received reports a message as the SDK exposes it. The SDK moves the four system keys out of Properties into
// fields (ConstructRecMessage); they are put back under their keys when the field is set.
func received(m mq_http_sdk.ConsumeMessageEntry) message {
	props := map[string]string{}
	for k, v := range m.Properties {
		props[k] = v
	}
	if m.MessageKey != "" {
		props[mq_http_sdk.Keys] = m.MessageKey
	}
	if m.StartDeliverTime != 0 {
		props[mq_http_sdk.StartDeliverTime] = strconv.FormatInt(m.StartDeliverTime, 10)
	}
	if m.TransCheckImmunityTime != 0 {
		props[mq_http_sdk.TransCheckImmunityTime] = strconv.Itoa(m.TransCheckImmunityTime)
	}
	if m.ShardingKey != "" {
		props[mq_http_sdk.SHARDING] = m.ShardingKey
	}
	return message{MessageID: m.MessageId, ReceiptHandle: m.ReceiptHandle, Body: m.MessageBody,
		BodyMD5: nonEmpty(m.MessageBodyMD5), Tag: nonEmpty(m.MessageTag), Properties: props,
		PublishTime: m.PublishTime, NextConsumeTime: m.NextConsumeTime, FirstConsumeTime: m.FirstConsumeTime,
		ConsumedTimes: m.ConsumedTimes}
}
