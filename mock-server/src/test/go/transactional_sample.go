// Command transactional_sample runs the transactional example flow (SPEC §6.6) with the official Go SDK
// (github.com/aliyunmq/mq-http-go-sdk 1.0.3), as its documented sample trans_producer.go does it: a transactional
// producer publishes 4 half messages (a=0..3, check immunity 10 s) and commits a=0 with its publish handle; a checker
// goroutine pops half messages through the SDK's response and error channels, commits a=1, commits a=2 once
// ConsumedTimes > 1 and rolls back a=3; a consumer goroutine with the same group id consumes and acks.
//
// Settings come from -endpoint/-access-key/-secret-key/-instance-id/-topic/-group/-deadline-seconds or from
// MQ_ENDPOINT, MQ_ACCESS_KEY, MQ_SECRET_KEY, MQ_INSTANCE_ID, MQ_TOPIC, MQ_GROUP, MQ_DEADLINE_SECONDS. Progress goes
// to stderr; stdout gets one JSON line with the outcome. Exit 0 when the consumer got exactly a=0, 1, 2 (all
// acked) and never 3, else 1.
//
// Built by tools/find-clients.sh (module mode, else GOPATH mode with ../shared/clients/go) and run by
// GoSdkTransactionalIT; by hand:
//
//	GO111MODULE=off GOPATH=$PWD/../../../../../shared/clients/go:/usr/share/gocode go build -o /tmp/sample .
//	/tmp/sample -endpoint http://127.0.0.1:8080
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	mq_http_sdk "github.com/aliyunmq/mq-http-go-sdk"
)

type settings struct {
	endpoint, accessKey, secretKey, instanceID, topic, group string
	deadline                                                 time.Duration
}

func readSettings() settings {
	env := func(name, fallback string) string {
		if v, ok := os.LookupEnv(name); ok {
			return v
		}
		return fallback
	}
	var s settings
	var seconds float64
	flag.StringVar(&s.endpoint, "endpoint", env("MQ_ENDPOINT", "http://127.0.0.1:8080"), "service endpoint")
	flag.StringVar(&s.accessKey, "access-key", env("MQ_ACCESS_KEY", "harness-ak"), "access key id")
	flag.StringVar(&s.secretKey, "secret-key", env("MQ_SECRET_KEY", "harness-sk"), "access key secret")
	flag.StringVar(&s.instanceID, "instance-id", env("MQ_INSTANCE_ID", ""), "instance id (empty: none)")
	flag.StringVar(&s.topic, "topic", env("MQ_TOPIC", "TT"), "transactional topic")
	flag.StringVar(&s.group, "group", env("MQ_GROUP", "GID_T"), "group id of the checker and the consumer")
	defaultSeconds, _ := strconv.ParseFloat(env("MQ_DEADLINE_SECONDS", "40"), 64)
	flag.Float64Var(&seconds, "deadline-seconds", defaultSeconds, "bound on the whole flow")
	flag.Parse()
	s.deadline = time.Duration(seconds * float64(time.Second))
	return s
}

func logf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "[go-sdk] "+format+"\n", args...)
}

// outcome is the JSON line every SDK sample prints (mock-server SampleOutcome).
type outcome struct {
	mu        sync.Mutex
	Sdk       string            `json:"sdk"`
	Received  []string          `json:"received"`
	Acked     []string          `json:"acked"`
	Checks    map[string][]int  `json:"checks"`
	Decisions map[string]string `json:"decisions"`
	Errors    []string          `json:"errors"`
	NotFound  map[string]int    `json:"notFound"`
	TimedOut  bool              `json:"timedOut"`
	ElapsedMs int64             `json:"elapsedMs"`
}

func (o *outcome) add(list *[]string, v string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	*list = append(*list, v)
}

func (o *outcome) notFound(which string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.NotFound[which]++
}

func (o *outcome) check(a string, consumedTimes int64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.Checks[a] = append(o.Checks[a], int(consumedTimes))
}

func (o *outcome) decide(a, what string) {
	o.mu.Lock()
	o.Decisions[a] = what
	o.mu.Unlock()
	logf("%s a=%s", what, a)
}

func (o *outcome) checkerDone() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.Decisions["1"] != "" && o.Decisions["2"] != "" && o.Decisions["3"] != ""
}

func (o *outcome) consumerDone() bool {
	if !o.checkerDone() {
		return false
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	acked := map[string]bool{}
	for _, a := range o.Acked {
		acked[a] = true
	}
	return acked["0"] && acked["1"] && acked["2"]
}

// isNoMessage is how the SDK's samples tell "no message" from a failure: the code is in the error text.
func isNoMessage(err error) bool {
	return strings.Contains(err.Error(), "MessageNotExist")
}

// poll runs one of the SDK's channel-style polls and waits for its answer, as the SDK's samples do.
func poll(call func(chan mq_http_sdk.ConsumeMessageResponse, chan error)) (mq_http_sdk.ConsumeMessageResponse, error) {
	respChan := make(chan mq_http_sdk.ConsumeMessageResponse, 1)
	errChan := make(chan error, 1)
	go call(respChan, errChan)
	select {
	case resp := <-respChan:
		return resp, nil
	case err := <-errChan:
		return mq_http_sdk.ConsumeMessageResponse{}, err
	case <-time.After(35 * time.Second):
		return mq_http_sdk.ConsumeMessageResponse{}, fmt.Errorf("no answer to a poll within 35 s")
	}
}

func checker(producer mq_http_sdk.MQTransProducer, o *outcome, deadline time.Time) {
	for !o.checkerDone() && time.Now().Before(deadline) {
		resp, err := poll(func(r chan mq_http_sdk.ConsumeMessageResponse, e chan error) {
			producer.ConsumeHalfMessage(r, e, 1, 3)
		})
		if err != nil {
			if isNoMessage(err) {
				o.notFound("halfPop")
			} else {
				o.add(&o.Errors, "ConsumeHalfMessage: "+err.Error())
				time.Sleep(200 * time.Millisecond)
			}
			continue
		}
		for _, msg := range resp.Messages {
			a := msg.Properties["a"]
			o.check(a, msg.ConsumedTimes)
			logf("half a=%s consumed_times=%d", a, msg.ConsumedTimes)
			var decided error
			switch {
			case a == "1" || (a == "2" && msg.ConsumedTimes > 1):
				if decided = producer.Commit(msg.ReceiptHandle); decided == nil {
					o.decide(a, "commit")
				}
			case a == "3":
				if decided = producer.Rollback(msg.ReceiptHandle); decided == nil {
					o.decide(a, "rollback")
				}
			default:
				logf("a=%s: unknown yet, check again later", a)
			}
			if decided != nil {
				o.add(&o.Errors, fmt.Sprintf("commit/rollback a=%s: %v", a, decided))
			}
		}
	}
}

func consumeOnce(consumer mq_http_sdk.MQConsumer, o *outcome, waitSeconds int64) {
	resp, err := poll(func(r chan mq_http_sdk.ConsumeMessageResponse, e chan error) {
		consumer.ConsumeMessage(r, e, 3, waitSeconds)
	})
	if err != nil {
		if isNoMessage(err) {
			o.notFound("consume")
		} else {
			o.add(&o.Errors, "ConsumeMessage: "+err.Error())
			time.Sleep(200 * time.Millisecond)
		}
		return
	}
	var handles []string
	for _, msg := range resp.Messages {
		o.add(&o.Received, msg.Properties["a"])
		handles = append(handles, msg.ReceiptHandle)
		logf("consumed a=%s consumed_times=%d", msg.Properties["a"], msg.ConsumedTimes)
	}
	if err := consumer.AckMessage(handles); err != nil {
		o.add(&o.Errors, "AckMessage: "+err.Error())
		return
	}
	for _, msg := range resp.Messages {
		o.add(&o.Acked, msg.Properties["a"])
	}
}

func consumerLoop(consumer mq_http_sdk.MQConsumer, o *outcome, deadline time.Time) {
	for !o.consumerDone() && time.Now().Before(deadline) {
		consumeOnce(consumer, o, 3)
	}
	if o.consumerDone() {
		consumeOnce(consumer, o, 1) // a last look: nothing else (a=3, a redelivery) may arrive
	}
}

func run(s settings) (*outcome, error) {
	started := time.Now()
	deadline := started.Add(s.deadline)
	o := &outcome{Sdk: "go github.com/aliyunmq/mq-http-go-sdk " + mq_http_sdk.ClientName, Received: []string{},
		Acked: []string{}, Checks: map[string][]int{}, Decisions: map[string]string{}, Errors: []string{},
		NotFound: map[string]int{"halfPop": 0, "consume": 0}}
	client := mq_http_sdk.NewAliyunMQClient(s.endpoint, s.accessKey, s.secretKey, "")
	producer := client.GetTransProducer(s.instanceID, s.topic, s.group)
	for i := 0; i < 4; i++ {
		msg := mq_http_sdk.PublishMessageRequest{
			MessageBody: fmt.Sprintf("I am test message %d.", i),
			Properties:  map[string]string{"a": strconv.Itoa(i)},
		}
		msg.MessageKey = "MessageKey"
		msg.TransCheckImmunityTime = 10
		resp, err := producer.PublishMessage(msg)
		if err != nil {
			return nil, fmt.Errorf("publish a=%d: %v", i, err)
		}
		logf("published a=%d id=%s handle=%v", i, resp.MessageId, resp.ReceiptHandle != "")
		if i == 0 {
			if err := producer.Commit(resp.ReceiptHandle); err != nil {
				o.add(&o.Errors, "commit a=0: "+err.Error())
			} else {
				o.decide("0", "commit")
			}
		}
	}
	consumer := client.GetConsumer(s.instanceID, s.topic, s.group, "")
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); checker(producer, o, deadline) }()
	go func() { defer wg.Done(); consumerLoop(consumer, o, deadline) }()
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	// A long poll may still be under way at the deadline: give it its wait plus a margin, then leave it.
	select {
	case <-finished:
	case <-time.After(time.Until(deadline) + 5*time.Second):
	}
	return o, nil
}

func passed(o *outcome) bool {
	distinct := map[string]bool{}
	for _, a := range o.Received {
		distinct[a] = true
	}
	keys := make([]string, 0, len(distinct))
	for a := range distinct {
		keys = append(keys, a)
	}
	sort.Strings(keys)
	acked := map[string]bool{}
	for _, a := range o.Acked {
		acked[a] = true
	}
	return !o.TimedOut && len(o.Errors) == 0 && strings.Join(keys, ",") == "0,1,2" && acked["0"] && acked["1"] && acked["2"]
}

func main() {
	s := readSettings()
	started := time.Now()
	o, err := run(s)
	if err != nil {
		logf("fatal: %v", err)
		line, _ := json.Marshal(map[string]string{"fatal": err.Error()})
		fmt.Println(string(line))
		os.Exit(1)
	}
	done := o.consumerDone()
	o.mu.Lock() // a goroutine left behind at the deadline may still report
	o.TimedOut = !done
	o.ElapsedMs = time.Since(started).Milliseconds()
	line, _ := json.Marshal(o)
	ok := passed(o)
	o.mu.Unlock()
	fmt.Println(string(line))
	if !ok {
		os.Exit(1)
	}
}
