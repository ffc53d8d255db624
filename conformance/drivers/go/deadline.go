package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"time"

	mq_http_sdk "github.com/aliyunmq/mq-http-go-sdk"
)

// The driver's own per-call deadlines, a few seconds inside the adapter's limits (DRIVER.md §5: 30 s, and a
// poll's waitSeconds + 10 s), so that a service that does not answer shows as a timeout answer instead of a killed
// driver. The SDK's own timeout (fasthttp's ReadTimeout, 35 s) is longer than both, and fasthttp retries a GET
// that timed out up to 5 times.
const (
	standardDeadline = 25 * time.Second
	pollMargin       = 7 * time.Second
)

func pollDeadline(waitSeconds int64) time.Duration {
	if waitSeconds < 0 {
		waitSeconds = 0
	}
	return time.Duration(waitSeconds)*time.Second + pollMargin
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
