#!/usr/bin/env python3
# coding=utf-8
"""The transactional example flow (SPEC section 6.6) with the official Python SDK (mq_http_sdk), as its documented
sample does it: a transactional producer publishes 4 half messages (a=0..3, check immunity 10 s), commits a=0
with its publish handle, a checker thread pops half messages and commits a=1, commits a=2 once
consumed_times > 1, rolls back a=3; a consumer with the same group id consumes and acks.

Settings come from --endpoint/--access-key/--secret-key/--instance-id/--topic/--group/--deadline-seconds or from
MQ_ENDPOINT, MQ_ACCESS_KEY, MQ_SECRET_KEY, MQ_INSTANCE_ID, MQ_TOPIC, MQ_GROUP, MQ_DEADLINE_SECONDS. The SDK
must be importable (PYTHONPATH=../shared/clients/python). Progress goes to stderr; stdout gets one JSON line with
the outcome. Exit 0 when the consumer got exactly a=0, 1, 2 (all acked) and never 3, else 1.

Run by PythonSdkTransactionalIT; by hand:
  PYTHONPATH=../shared/clients/python python3 transactional_sample.py --endpoint http://127.0.0.1:8080
"""
import argparse
import json
import os
import sys
import threading
import time

from mq_http_sdk.mq_client import MQClient
from mq_http_sdk.mq_exception import MQExceptionBase
from mq_http_sdk.mq_producer import TopicMessage


def settings(argv):
    env = os.environ
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--endpoint", default=env.get("MQ_ENDPOINT", "http://127.0.0.1:8080"))
    parser.add_argument("--access-key", default=env.get("MQ_ACCESS_KEY", "harness-ak"))
    parser.add_argument("--secret-key", default=env.get("MQ_SECRET_KEY", "harness-sk"))
    parser.add_argument("--instance-id", default=env.get("MQ_INSTANCE_ID", ""))
    parser.add_argument("--topic", default=env.get("MQ_TOPIC", "TT"))
    parser.add_argument("--group", default=env.get("MQ_GROUP", "GID_T"))
    parser.add_argument("--deadline-seconds", type=float, default=float(env.get("MQ_DEADLINE_SECONDS", "40")))
    return parser.parse_args(argv)


def log(text):
    sys.stderr.write("[python-sdk] %s\n" % text)
    sys.stderr.flush()


class Outcome(object):
    def __init__(self):
        self.lock = threading.Lock()
        self.data = {
            "sdk": "python mq_http_sdk (shared/clients/python)",
            "received": [], "acked": [], "checks": {}, "decisions": {}, "errors": [],
            "notFound": {"halfPop": 0, "consume": 0}, "timedOut": False, "elapsedMs": 0,
        }

    def add(self, key, value):
        with self.lock:
            self.data[key].append(value)

    def count_not_found(self, which):
        with self.lock:
            self.data["notFound"][which] += 1

    def check(self, a, consumed_times):
        with self.lock:
            self.data["checks"].setdefault(a, []).append(consumed_times)

    def decide(self, a, what):
        with self.lock:
            self.data["decisions"][a] = what
        log("%s a=%s" % (what, a))

    def checker_done(self):
        with self.lock:
            return all(a in self.data["decisions"] for a in ("1", "2", "3"))

    def consumer_done(self):
        done = self.checker_done()
        with self.lock:
            return done and all(a in self.data["acked"] for a in ("0", "1", "2"))


def client_for(cfg):
    # The SDK's README: MQClient, producers and consumers are not thread-safe; one client per thread.
    return MQClient(cfg.endpoint, cfg.access_key, cfg.secret_key)


def checker(cfg, outcome, deadline):
    producer = client_for(cfg).get_trans_producer(cfg.instance_id, cfg.topic, cfg.group)
    while not outcome.checker_done() and time.time() < deadline:
        try:
            # wait_seconds must be passed: the default -1 sends no waitseconds at all (a short poll).
            half_msgs = producer.consume_half_message(1, 3)
        except MQExceptionBase as e:
            if e.type == "MessageNotExist":
                outcome.count_not_found("halfPop")
            else:
                outcome.add("errors", "consume_half_message: %s" % e)
                time.sleep(0.2)
            continue
        for msg in half_msgs:
            a = msg.get_property("a")
            outcome.check(a, msg.consumed_times)
            log("half a=%s consumed_times=%s" % (a, msg.consumed_times))
            try:
                if a == "1" or (a == "2" and msg.consumed_times > 1):
                    producer.commit(msg.receipt_handle)
                    outcome.decide(a, "commit")
                elif a == "3":
                    producer.rollback(msg.receipt_handle)
                    outcome.decide(a, "rollback")
                else:
                    log("a=%s: unknown yet, check again later" % a)
            except MQExceptionBase as e:
                outcome.add("errors", "commit/rollback a=%s: %s %s" % (a, e, getattr(e, "sub_errors", "")))


def consume(consumer, outcome, wait_seconds):
    try:
        msgs = consumer.consume_message(3, wait_seconds)
    except MQExceptionBase as e:
        if e.type == "MessageNotExist":
            outcome.count_not_found("consume")
        else:
            outcome.add("errors", "consume_message: %s" % e)
            time.sleep(0.2)
        return
    for msg in msgs:
        outcome.add("received", msg.get_property("a"))
        log("consumed a=%s consumed_times=%s" % (msg.get_property("a"), msg.consumed_times))
    try:
        consumer.ack_message([msg.receipt_handle for msg in msgs])
        for msg in msgs:
            outcome.add("acked", msg.get_property("a"))
    except MQExceptionBase as e:
        outcome.add("errors", "ack_message: %s %s" % (e, getattr(e, "sub_errors", "")))


def consumer_loop(cfg, outcome, deadline):
    consumer = client_for(cfg).get_consumer(cfg.instance_id, cfg.topic, cfg.group)
    while not outcome.consumer_done() and time.time() < deadline:
        consume(consumer, outcome, 3)
    if outcome.consumer_done():
        consume(consumer, outcome, 1)  # a last look: nothing else (a=3, a redelivery) may arrive


def run(cfg):
    started = time.time()
    deadline = started + cfg.deadline_seconds
    outcome = Outcome()
    producer = client_for(cfg).get_trans_producer(cfg.instance_id, cfg.topic, cfg.group)
    for i in range(4):
        msg = TopicMessage("I am test message %s." % i, "")
        msg.put_property("a", i)
        msg.set_message_key("MessageKey")
        msg.set_trans_check_immunity_time(10)
        published = producer.publish_message(msg)
        log("published a=%s id=%s handle=%s" % (i, published.message_id, "yes" if published.receipt_handle else "no"))
        if i == 0:
            try:
                producer.commit(published.receipt_handle)
                outcome.decide("0", "commit")
            except MQExceptionBase as e:
                outcome.add("errors", "commit a=0: %s" % e)

    threads = [threading.Thread(target=checker, args=(cfg, outcome, deadline), name="checker", daemon=True),
               threading.Thread(target=consumer_loop, args=(cfg, outcome, deadline), name="consumer", daemon=True)]
    for t in threads:
        t.start()
    for t in threads:
        # A long poll may still be under way at the deadline: give it its wait plus a margin, then leave it.
        t.join(max(0.0, deadline - time.time()) + 5)
    data = outcome.data
    data["timedOut"] = not outcome.consumer_done()
    data["elapsedMs"] = int((time.time() - started) * 1000)
    return data


def passed(data):
    return (not data["timedOut"] and not data["errors"] and sorted(set(data["received"])) == ["0", "1", "2"]
            and all(a in data["acked"] for a in ("0", "1", "2")))


def main(argv):
    cfg = settings(argv)
    try:
        data = run(cfg)
    except Exception as e:  # noqa: BLE001 - any failure becomes the one JSON line
        import traceback
        traceback.print_exc()
        print(json.dumps({"fatal": "%s: %s" % (type(e).__name__, e)}))
        return 1
    print(json.dumps(data))
    sys.stdout.flush()
    return 0 if passed(data) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
