#!/usr/bin/env python3
"""Conformance driver for the Python SDK mq_http_sdk (contract: conformance/DRIVER.md).

One JSON request per line on stdin, one JSON answer per line on stdout, in order; everything else goes to stderr.
The SDK is imported from PYTHONPATH (the harness points it at the SDK source).
"""
import json
import socket
import sys

# stdout carries answers only: the SDK's debug prints go to stderr.
ANSWERS = sys.stdout
sys.stdout = sys.stderr

from mq_http_sdk import pkg_info  # noqa: E402
from mq_http_sdk.mq_client import MQClient  # noqa: E402
from mq_http_sdk.mq_exception import (  # noqa: E402
    MQClientNetworkException, MQClientParameterException, MQServerException)
from mq_http_sdk.mq_producer import TopicMessage  # noqa: E402

CAPABILITIES = ["ORDERED_CONSUME", "TRANSACTIONS", "TIMER_MESSAGES", "BATCH_ACK"]
# The client deadline (DRIVER.md §5) when connect gives none, in seconds; a poll adds its waitSeconds. It is the SDK's
# own timeout, MQClient.set_connection_timeout (the socket's timeout, for connecting and reading; 60 s by default).
DEFAULT_DEADLINE_SECONDS = 15.0


class DriverError(Exception):
    def __init__(self, kind, code, message, request_id=None, handle_failures=None):
        Exception.__init__(self, message)
        self.kind = kind
        self.code = code
        self.message = message
        self.request_id = request_id
        self.handle_failures = handle_failures or []


class Driver:
    def __init__(self):
        self.client = None
        self.deadline = DEFAULT_DEADLINE_SECONDS
        self.timeout = None

    def require_client(self, wait_seconds=0):
        """The client, its socket timeout set to the client deadline of a call that waits wait_seconds."""
        if self.client is None:
            raise DriverError("client", "NotConnected", "connect must come first")
        timeout = self.deadline + max(0, wait_seconds or 0)
        if timeout != self.timeout:
            self.client.set_connection_timeout(timeout)
            self.timeout = timeout
        return self.client

    def hello(self, p):
        return {"name": "python-sdk", "sdk": pkg_info.name, "sdkVersion": pkg_info.version,
                "capabilities": CAPABILITIES}

    def connect(self, p):
        if self.client is not None:
            self.client.close_connection()
        self.client = MQClient(p["url"], p["accessKeyId"], p["accessKeySecret"], p.get("securityToken") or "")
        millis = p.get("callDeadlineMillis")
        self.deadline = millis / 1000.0 if isinstance(millis, int) and millis > 0 else DEFAULT_DEADLINE_SECONDS
        self.timeout = None
        return {}

    def publish(self, p):
        msg = TopicMessage(p["body"], p.get("tag") or "")
        for key, value in (p.get("properties") or {}).items():
            msg.put_property(key, value)
        if p.get("messageKey") is not None:
            msg.set_message_key(p["messageKey"])
        if p.get("startDeliverTime") is not None:
            msg.set_start_deliver_time(p["startDeliverTime"])
        if p.get("shardingKey") is not None:
            msg.set_sharding_key(p["shardingKey"])
        if p.get("transCheckImmunitySeconds") is not None:
            msg.set_trans_check_immunity_time(p["transCheckImmunitySeconds"])
        sent = self.require_client().get_producer(p.get("instanceId", ""), p["topic"]).publish_message(msg)
        return {"messageId": sent.message_id, "bodyMd5": sent.message_body_md5 or None,
                "receiptHandle": sent.receipt_handle or None}

    def consume(self, p):
        consumer = self.require_client(p.get("waitSeconds")).get_consumer(p.get("instanceId", ""), p["topic"],
                                                                          p["group"], p.get("tag") or "")
        poll = consumer.consume_message_orderly if p.get("orderly") else consumer.consume_message
        return messages_or_none(lambda: poll(p["numOfMessages"], p["waitSeconds"]))

    def ack(self, p):
        self.consumer(p).ack_message(p["receiptHandles"])
        return {}

    def consumeHalf(self, p):
        producer = self.trans_producer(p, p.get("waitSeconds"))
        return messages_or_none(lambda: producer.consume_half_message(p["numOfMessages"], p["waitSeconds"]))

    def commit(self, p):
        self.trans_producer(p).commit(single_handle(p))
        return {}

    def rollback(self, p):
        self.trans_producer(p).rollback(single_handle(p))
        return {}

    def shutdown(self, p):
        if self.client is not None:
            self.client.close_connection()
        return {}

    def consumer(self, p):
        return self.require_client().get_consumer(p.get("instanceId", ""), p["topic"], p["group"])

    def trans_producer(self, p, wait_seconds=0):
        return self.require_client(wait_seconds).get_trans_producer(p.get("instanceId", ""), p["topic"], p["group"])


def single_handle(p):
    handles = p.get("receiptHandles") or []
    if len(handles) != 1:
        raise DriverError("client", "InvalidArgument", "commit and rollback take exactly one receipt handle")
    return handles[0]


def messages_or_none(poll):
    """The SDK signals "no message" by raising MQServerException with type MessageNotExist."""
    try:
        return {"messages": [received(m) for m in poll()]}
    except MQServerException as e:
        if e.type == "MessageNotExist":
            return {"messages": []}
        raise


def received(m):
    return {"messageId": m.message_id, "receiptHandle": m.receipt_handle, "body": m.message_body,
            "bodyMd5": m.message_body_md5 or None, "tag": m.message_tag or None,
            "properties": dict(m.properties), "publishTime": int(m.publish_time),
            "nextConsumeTime": int(m.next_consume_time), "firstConsumeTime": int(m.first_consume_time),
            "consumedTimes": int(m.consumed_times)}


def failure(e):
    if isinstance(e, DriverError):
        return e
    if isinstance(e, MQServerException):
        failures = [{"receiptHandle": f.get("ReceiptHandle"), "code": f.get("ErrorCode"),
                     "message": f.get("ErrorMessage")} for f in (e.sub_errors or [])]
        return DriverError("service", e.type, e.message, e.req_id, failures)
    if isinstance(e, MQClientNetworkException):
        kind = "timeout" if "timed out" in str(e.message) else "client"
        return DriverError(kind, e.type, str(e.message), e.req_id)
    if isinstance(e, MQClientParameterException):
        return DriverError("client", e.type, str(e.message), e.req_id)
    if isinstance(e, socket.timeout):
        return DriverError("timeout", type(e).__name__, str(e))
    return DriverError("client", type(e).__name__, str(e))


def answer(body):
    ANSWERS.write(json.dumps(body) + "\n")
    ANSWERS.flush()


def handle(driver, line):
    try:
        request = json.loads(line)
    except ValueError as e:
        answer({"id": None, "ok": False, "error": {"kind": "client", "code": "BadRequest", "message": str(e),
                                                   "requestId": None, "handleFailures": []}})
        return True
    rid, op = request.get("id"), request.get("op")
    try:
        if op not in OPS:
            raise DriverError("unsupported", "UnknownOp", "unknown op %s" % op)
        answer({"id": rid, "ok": True, "result": getattr(driver, op)(request.get("params") or {})})
    except Exception as e:  # every failure becomes an answer; the driver keeps running
        f = failure(e)
        sys.stderr.write("[python-driver] %s failed: %s %s %s\n" % (op, f.kind, f.code, f.message))
        answer({"id": rid, "ok": False, "error": {"kind": f.kind, "code": f.code, "message": f.message,
                                                  "requestId": f.request_id, "handleFailures": f.handle_failures}})
    return op != "shutdown"


OPS = ("hello", "connect", "publish", "consume", "ack", "consumeHalf", "commit", "rollback", "shutdown")


def main():
    driver = Driver()
    for line in sys.stdin:
        if line.strip() and not handle(driver, line):
            break


if __name__ == "__main__":
    main()
