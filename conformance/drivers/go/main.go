// Command driver is the conformance driver for the official Go SDK github.com/aliyunmq/mq-http-go-sdk 1.0.3
// (contract: conformance/DRIVER.md).
//
// It reads one JSON request per line on stdin and writes one JSON answer per line on stdout, in order; everything
// else goes to stderr. tools/find-clients.sh builds it: in module mode where the Go module proxy answers, else in
// GOPATH mode with the SDK's sources in ../shared/clients/go and Debian's fasthttp.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

func main() {
	// stdout carries answers only: whatever the SDK or a dependency prints goes to stderr.
	answers := bufio.NewWriter(os.Stdout)
	os.Stdout = os.Stderr

	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	d := &driver{}
	for {
		line, err := in.ReadString('\n')
		if len(line) > 0 && !isBlank(line) {
			goOn := handle(d, line, answers)
			if !goOn {
				return
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "[go-driver] reading stdin: %v\n", err)
			return
		}
	}
}

// handle answers one request line; false after shutdown.
func handle(d *driver, line string, answers *bufio.Writer) bool {
	var req request
	if err := json.Unmarshal([]byte(line), &req); err != nil {
		write(answers, answer{ID: json.RawMessage("null"), Ok: false,
			Error: &failure{Kind: "client", Code: strPtr("BadRequest"), Message: err.Error(), HandleFailures: []handleFailure{}}})
		return true
	}
	id := req.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	result, f := d.dispatch(req.Op, req.Params)
	if f != nil {
		fmt.Fprintf(os.Stderr, "[go-driver] %s failed: %s %s %s\n", req.Op, f.Kind, deref(f.Code), f.Message)
		if f.HandleFailures == nil {
			f.HandleFailures = []handleFailure{}
		}
		write(answers, answer{ID: id, Ok: false, Error: f})
	} else {
		write(answers, answer{ID: id, Ok: true, Result: result})
	}
	return req.Op != "shutdown"
}

func write(answers *bufio.Writer, a answer) {
	line, err := json.Marshal(a)
	if err != nil {
		line, _ = json.Marshal(answer{ID: a.ID, Ok: false,
			Error: &failure{Kind: "client", Code: strPtr("AnswerNotEncodable"), Message: err.Error(), HandleFailures: []handleFailure{}}})
	}
	answers.Write(line)
	answers.WriteByte('\n')
	answers.Flush()
}

func isBlank(s string) bool {
	for _, c := range s {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

func strPtr(s string) *string { return &s }

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}
