package main

import "encoding/json"

// request is one line of stdin (DRIVER.md §2).
type request struct {
	ID     json.RawMessage `json:"id"`
	Op     string          `json:"op"`
	Params params          `json:"params"`
}

// params holds the fields of every op (DRIVER.md §4); null and absent both leave a pointer nil.
type params struct {
	URL             string  `json:"url"`
	AccessKeyID     string  `json:"accessKeyId"`
	AccessKeySecret string  `json:"accessKeySecret"`
	SecurityToken   *string `json:"securityToken"`
	// CallDeadlineMillis is the client deadline of a call that does not wait (DRIVER.md §5); a poll adds its wait.
	CallDeadlineMillis *int64 `json:"callDeadlineMillis"`

	InstanceID                *string           `json:"instanceId"`
	Topic                     string            `json:"topic"`
	Body                      string            `json:"body"`
	Tag                       *string           `json:"tag"`
	Properties                map[string]string `json:"properties"`
	MessageKey                *string           `json:"messageKey"`
	StartDeliverTime          *int64            `json:"startDeliverTime"`
	ShardingKey               *string           `json:"shardingKey"`
	TransCheckImmunitySeconds *int              `json:"transCheckImmunitySeconds"`

	Group          string   `json:"group"`
	NumOfMessages  int32    `json:"numOfMessages"`
	WaitSeconds    int64    `json:"waitSeconds"`
	Orderly        *bool    `json:"orderly"`
	ReceiptHandles []string `json:"receiptHandles"`
}

func (p params) instanceID() string {
	if p.InstanceID == nil {
		return ""
	}
	return *p.InstanceID
}

// answer is one line of stdout (DRIVER.md §3).
type answer struct {
	ID     json.RawMessage `json:"id"`
	Ok     bool            `json:"ok"`
	Result interface{}     `json:"result,omitempty"`
	Error  *failure        `json:"error,omitempty"`
}

// failure is the error of a failed answer: kind service, client, timeout or unsupported.
type failure struct {
	Kind           string          `json:"kind"`
	Code           *string         `json:"code"`
	Message        string          `json:"message"`
	RequestID      *string         `json:"requestId"`
	HandleFailures []handleFailure `json:"handleFailures"`
}

type handleFailure struct {
	ReceiptHandle string `json:"receiptHandle"`
	Code          string `json:"code"`
	Message       string `json:"message"`
}

// message is a consumed or popped message (DRIVER.md §4.1).
type message struct {
	MessageID        string            `json:"messageId"`
	ReceiptHandle    string            `json:"receiptHandle"`
	Body             string            `json:"body"`
	BodyMD5          *string           `json:"bodyMd5"`
	Tag              *string           `json:"tag"`
	Properties       map[string]string `json:"properties"`
	PublishTime      int64             `json:"publishTime"`
	NextConsumeTime  int64             `json:"nextConsumeTime"`
	FirstConsumeTime int64             `json:"firstConsumeTime"`
	ConsumedTimes    int64             `json:"consumedTimes"`
}

type published struct {
	MessageID     string  `json:"messageId"`
	BodyMD5       *string `json:"bodyMd5"`
	ReceiptHandle *string `json:"receiptHandle"`
}

type messages struct {
	Messages []message `json:"messages"`
}

type hello struct {
	Name         string   `json:"name"`
	Sdk          string   `json:"sdk"`
	SdkVersion   string   `json:"sdkVersion"`
	Capabilities []string `json:"capabilities"`
}

type empty struct{}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
