package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"time"

	mq_http_sdk "github.com/aliyunmq/mq-http-go-sdk"
)

// The client deadline (DRIVER.md §5) is the SDK's own timeout: connect's callDeadlineMillis for a call that does
// not wait, plus the wait for a poll, set as fasthttp's ReadTimeout through NewAliyunMQClientWithTimeout (one SDK
// client per value, since the SDK has one timeout per client). The driver's guard answers a little later, still
// inside the harness's cut-off, in case the SDK overruns its timeout (fasthttp retries a GET that timed out up to
// 5 times), so that a silent service shows as a timeout answer instead of a killed driver.
const (
	defaultDeadline = 15 * time.Second
	guardExtra      = 2 * time.Second
)

// deadlineFor is the client deadline of a call that waits waitSeconds, given the deadline of one that does not.
func deadlineFor(base time.Duration, waitSeconds int64) time.Duration {
	if waitSeconds < 0 {
		waitSeconds = 0
	}
	return base + time.Duration(waitSeconds)*time.Second
}

// guardFor is when the driver stops waiting for an SDK call whose own timeout is deadline.
func guardFor(deadline time.Duration) time.Duration {
	return deadline + guardExtra
}

// withinDeadline runs an SDK call in a goroutine and waits for it at most d. A panic in the SDK becomes a client
// failure; past the deadline the call is left to finish on its own and the answer is a timeout.
func withinDeadline(d time.Duration, call func() error) *failure {
	done := make(chan error, 1)
	go func() {
		defer recoverInto(done)
		done <- call()
	}()
	select {
	case err := <-done:
		if err != nil {
			return failureOf(err)
		}
		return nil
	case <-time.After(d):
		return deadlinePassed(d)
	}
}

// consumeWithin is withinDeadline for the SDK's channel-style polls: the SDK answers on respChan or errChan, and
// the caller selects on both and a timer, as the SDK's consumer samples do.
func consumeWithin(d time.Duration, poll func(chan mq_http_sdk.ConsumeMessageResponse, chan error)) (mq_http_sdk.ConsumeMessageResponse, *failure) {
	respChan := make(chan mq_http_sdk.ConsumeMessageResponse, 1)
	errChan := make(chan error, 1)
	go func() {
		defer recoverInto(errChan)
		poll(respChan, errChan)
	}()
	select {
	case resp := <-respChan:
		return resp, nil
	case err := <-errChan:
		return mq_http_sdk.ConsumeMessageResponse{}, failureOf(err)
	case <-time.After(d):
		return mq_http_sdk.ConsumeMessageResponse{}, deadlinePassed(d)
	}
}

// sdkPanic is what a goroutine reports when the SDK panicked in it.
type sdkPanic struct{ value interface{} }

func (p sdkPanic) Error() string { return fmt.Sprintf("the SDK panicked: %v", p.value) }

func recoverInto(errs chan error) {
	if r := recover(); r != nil {
		fmt.Fprintf(os.Stderr, "[go-driver] SDK panic: %v\n%s", r, debug.Stack())
		errs <- sdkPanic{r}
	}
}

func deadlinePassed(d time.Duration) *failure {
	return &failure{Kind: "timeout", Code: strPtr("DeadlineExceeded"),
		Message: fmt.Sprintf("the SDK did not return within the driver's deadline of %s", d)}
}
