"""A scripted driver for DriverProcessAdapterTest: answers hello, connect and consume like a real one, and
misbehaves on publish as argv[2] says. Appends "start <pid>" and each op to the journal file argv[1]."""
import json
import os
import sys
import time

journal_path, mode = sys.argv[1], sys.argv[2]


def journal(entry):
    with open(journal_path, "a") as f:
        f.write(entry + "\n")


def answer(body):
    sys.stdout.write(json.dumps(body) + "\n")
    sys.stdout.flush()


def publish(rid):
    if mode == "hang":
        time.sleep(3600)
    elif mode == "exit":
        sys.stderr.write("dying on publish\n")
        sys.stderr.flush()
        sys.exit(3)
    elif mode == "garbage":
        sys.stdout.write("this is not an answer\n")
        sys.stdout.flush()
    elif mode == "wrong-id":
        answer({"id": rid + 100, "ok": True, "result": {}})
    elif mode == "error":
        answer({"id": rid, "ok": False, "error": {
            "kind": "service", "code": "AckMessageFail", "message": "some handles failed", "requestId": "RID-1",
            "handleFailures": [{"receiptHandle": "H1", "code": "ReceiptHandleError", "message": "stale"}]}})
    elif mode == "missing-field":
        answer({"id": rid, "ok": True, "result": {"messageId": "M1", "receiptHandle": None}})
    elif mode == "wrong-type":
        answer({"id": rid, "ok": True, "result": {"messageId": 42, "bodyMd5": None, "receiptHandle": None}})
    elif mode == "unsupported":
        answer({"id": rid, "ok": False, "error": {"kind": "unsupported", "code": None, "message": "no publish"}})


journal("start %d" % os.getpid())
for line in sys.stdin:
    request = json.loads(line)
    op, rid = request["op"], request["id"]
    journal(op)
    if op == "connect":
        journal("deadline %s" % request["params"].get("callDeadlineMillis"))
    if op == "hello":
        answer({"id": rid, "ok": True, "result": {"name": "fake", "sdk": "fake-sdk", "sdkVersion": "0",
                                                  "capabilities": ["BATCH_ACK", "SOMETHING_NEW"]}})
    elif op == "publish":
        publish(rid)
    elif op == "consume":
        answer({"id": rid, "ok": True, "result": {"messages": []}})
    else:
        answer({"id": rid, "ok": True, "result": {}})
    if op == "shutdown":
        break
