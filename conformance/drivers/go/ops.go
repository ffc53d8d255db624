package main

import (
	"strconv"
	"strings"
	"time"

	mq_http_sdk "github.com/aliyunmq/mq-http-go-sdk"
)

var capabilities = []string{"ORDERED_CONSUME", "TRANSACTIONS", "TIMER_MESSAGES", "BATCH_ACK"}

// driver keeps the last connect between requests (a later connect replaces it) and, made from it on first use, one
// SDK client per timeout.
type driver struct {
	connected bool
	endpoint  params
	deadline  time.Duration
	clients   map[time.Duration]mq_http_sdk.MQClient
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
		if !d.connected {
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

// connect keeps the endpoint and the client deadline, and builds the client for calls that do not wait (the SDK
// panics on an empty endpoint or key, which becomes a client failure). No network.
func (d *driver) connect(p params) (interface{}, *failure) {
	d.connected, d.endpoint, d.clients = false, p, map[time.Duration]mq_http_sdk.MQClient{}
	d.deadline = defaultDeadline
	if p.CallDeadlineMillis != nil && *p.CallDeadlineMillis > 0 {
		d.deadline = time.Duration(*p.CallDeadlineMillis) * time.Millisecond
	}
	if _, f := d.clientFor(0); f != nil {
		return nil, f
	}
	d.connected = true
	return empty{}, nil
}

// clientFor is the SDK client whose timeout is the client deadline of a call waiting waitSeconds, as the SDK's
// NewAliyunMQClientWithTimeout makes it; and that deadline.
func (d *driver) clientFor(waitSeconds int64) (mq_http_sdk.MQClient, *failure) {
	deadline := deadlineFor(d.deadline, waitSeconds)
	if client, ok := d.clients[deadline]; ok {
		return client, nil
	}
	token := ""
	if d.endpoint.SecurityToken != nil {
		token = *d.endpoint.SecurityToken
	}
	var client mq_http_sdk.MQClient
	if f := withinDeadline(guardFor(d.deadline), func() error {
		client = mq_http_sdk.NewAliyunMQClientWithTimeout(d.endpoint.URL, d.endpoint.AccessKeyID,
			d.endpoint.AccessKeySecret, token, deadline)
		return nil
	}); f != nil {
		return nil, f
	}
	d.clients[deadline] = client
	return client, nil
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
	client, f := d.clientFor(0)
	if f != nil {
		return nil, f
	}
	var resp mq_http_sdk.PublishMessageResponse
	if f := withinDeadline(guardFor(d.deadline), func() (err error) {
		resp, err = client.GetProducer(p.instanceID(), p.Topic).PublishMessage(msg)
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
	client, f := d.clientFor(p.WaitSeconds)
	if f != nil {
		return nil, f
	}
	consumer := client.GetConsumer(p.instanceID(), p.Topic, p.Group, tag)
	poll := consumer.ConsumeMessage
	if p.Orderly != nil && *p.Orderly {
		poll = consumer.ConsumeMessageOrderly
	}
	return polled(poll, p.NumOfMessages, p.WaitSeconds, guardFor(deadlineFor(d.deadline, p.WaitSeconds)))
}

func (d *driver) consumeHalf(p params) (interface{}, *failure) {
	client, f := d.clientFor(p.WaitSeconds)
	if f != nil {
		return nil, f
	}
	producer := client.GetTransProducer(p.instanceID(), p.Topic, p.Group)
	return polled(producer.ConsumeHalfMessage, p.NumOfMessages, p.WaitSeconds,
		guardFor(deadlineFor(d.deadline, p.WaitSeconds)))
}

func (d *driver) ack(p params) (interface{}, *failure) {
	client, f := d.clientFor(0)
	if f != nil {
		return nil, f
	}
	consumer := client.GetConsumer(p.instanceID(), p.Topic, p.Group, "")
	if f := withinDeadline(guardFor(d.deadline), func() error { return consumer.AckMessage(p.ReceiptHandles) }); f != nil {
		return nil, f
	}
	return empty{}, nil
}

func (d *driver) commitOrRollback(p params, commit bool) (interface{}, *failure) {
	if len(p.ReceiptHandles) != 1 {
		return nil, clientFailure("InvalidArgument", "commit and rollback take exactly one receipt handle")
	}
	client, f := d.clientFor(0)
	if f != nil {
		return nil, f
	}
	producer := client.GetTransProducer(p.instanceID(), p.Topic, p.Group)
	decide := producer.Rollback
	if commit {
		decide = producer.Commit
	}
	if f := withinDeadline(guardFor(d.deadline), func() error { return decide(p.ReceiptHandles[0]) }); f != nil {
		return nil, f
	}
	return empty{}, nil
}

// polled runs a consume, orderly consume or half pop the way the SDK's samples do, in a goroutine that answers on
// a response or an error channel; "no message" (MessageNotExist) is an empty list.
func polled(poll func(chan mq_http_sdk.ConsumeMessageResponse, chan error, int32, int64), n int32, wait int64, guard time.Duration) (interface{}, *failure) {
	resp, f := consumeWithin(guard, func(respChan chan mq_http_sdk.ConsumeMessageResponse, errChan chan error) {
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
