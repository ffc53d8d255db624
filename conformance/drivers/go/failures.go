package main

import (
	"fmt"
	"regexp"
	"strings"

	mq_http_sdk "github.com/aliyunmq/mq-http-go-sdk"
	"github.com/gogap/errors"
)

// The SDK's errors are gogap/errors ErrCode values made from templates (errors.go of the SDK); a service error
// (ErrMqServer, MQ#101) carries the service's code and request id only inside its message text:
//
//	aliyun_mq response status error,code: TopicNotExist, message: ..., path: ..., requestId: 5DAE..., Id: MQ#101:1A2B3C4
//
// A per-handle failure (ErrAckMessage, MQ#102) carries the failed handles in its context, key "Detail".
var (
	serviceErrorText = regexp.MustCompile(`(?s)^aliyun_mq response status error,code: (.*?), message: (.*), path: .*, requestId: (.*?), Id: MQ#101:`)
	ackErrorText     = regexp.MustCompile(`(?s)^aliyun_mq ack message error,code: .*, requestId: (.*?), Id: MQ#102:`)
)

func failureOf(err error) *failure {
	if p, ok := err.(sdkPanic); ok {
		return clientFailure("SdkPanic", p.Error())
	}
	text := err.Error()
	code, isErrCode := err.(errors.ErrCode)
	switch {
	case isErrCode && mq_http_sdk.ErrMqServer.IsEqual(err):
		if m := serviceErrorText.FindStringSubmatch(text); m != nil {
			return &failure{Kind: "service", Code: nonEmpty(m[1]), Message: text, RequestID: nonEmpty(m[3])}
		}
		return &failure{Kind: "service", Message: text}
	case isErrCode && mq_http_sdk.ErrAckMessage.IsEqual(err):
		f := &failure{Kind: "service", Message: text}
		if m := ackErrorText.FindStringSubmatch(text); m != nil {
			f.RequestID = nonEmpty(m[1])
		}
		if items, ok := code.Context()["Detail"].([]mq_http_sdk.ErrAckItem); ok {
			for _, item := range items {
				f.HandleFailures = append(f.HandleFailures,
					handleFailure{ReceiptHandle: item.ErrorHandle, Code: item.ErrorCode, Message: item.ErrorMsg})
			}
			if len(items) > 0 {
				f.Code = nonEmpty(items[0].ErrorCode)
			}
		}
		return f
	case isErrCode && mq_http_sdk.ErrSendRequestFailed.IsEqual(err):
		kind := "client"
		if strings.Contains(text, "timeout") || strings.Contains(text, "timed out") {
			kind = "timeout"
		}
		return &failure{Kind: kind, Code: strPtr("ErrSendRequestFailed"), Message: text}
	case isErrCode:
		return clientFailure(templateName(err), text)
	default:
		return clientFailure("Error", text)
	}
}

// templateName names the SDK's error template an error was made from, e.g. ErrUnmarshalResponseFailed.
func templateName(err error) string {
	for _, t := range []struct {
		name     string
		template errors.ErrCodeTemplate
	}{
		{"ErrSignMessageFailed", mq_http_sdk.ErrSignMessageFailed},
		{"ErrMarshalMessageFailed", mq_http_sdk.ErrMarshalMessageFailed},
		{"ErrGeneralAuthHeaderFailed", mq_http_sdk.ErrGeneralAuthHeaderFailed},
		{"ErrMessageProperty", mq_http_sdk.ErrMessageProperty},
		{"ErrUnmarshalErrorResponseFailed", mq_http_sdk.ErrUnmarshalErrorResponseFailed},
		{"ErrUnmarshalResponseFailed", mq_http_sdk.ErrUnmarshalResponseFailed},
	} {
		if t.template.IsEqual(err) {
			return t.name
		}
	}
	e := err.(errors.ErrCode)
	return fmt.Sprintf("%s#%d", e.Namespace(), e.Code())
}

func clientFailure(code, message string) *failure {
	return &failure{Kind: "client", Code: strPtr(code), Message: message}
}
