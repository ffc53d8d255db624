#!/usr/bin/env node
'use strict';
// The transactional example flow (SPEC §6.6) with the official Node.js SDK @aliyunmq/mq-http-sdk, as its
// documented sample does it: a transactional producer publishes 4 half messages (a=0..3, check immunity 10 s),
// commits a=0 with its publish handle, a checker pops half messages and commits a=1, commits a=2 once
// ConsumedTimes > 1, rolls back a=3; a consumer with the same group id consumes and acks.
//
// Settings come from --endpoint/--access-key/--secret-key/--instance-id/--topic/--group/--deadline-seconds or
// from MQ_ENDPOINT, MQ_ACCESS_KEY, MQ_SECRET_KEY, MQ_INSTANCE_ID, MQ_TOPIC, MQ_GROUP, MQ_DEADLINE_SECONDS.
// Progress goes to stderr; stdout gets one JSON line with the outcome. Exit 0 when the consumer got exactly
// a=0, 1, 2 (all acked) and never 3, else 1.
//
// Run by NodeSdkTransactionalIT after `npm ci` in this folder; by hand:
//   node transactional-sample.js --endpoint http://127.0.0.1:8080 --access-key AK --secret-key SK

const { MQClient, MessageProperties } = require('@aliyunmq/mq-http-sdk');

function settings(argv, env) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      throw new Error(`unexpected argument ${argv[i]}`);
    }
    flags[m[1]] = m[2] !== undefined ? m[2] : argv[++i];
  }
  const pick = (flag, name, fallback) =>
    flags[flag] !== undefined ? flags[flag] : env[name] !== undefined ? env[name] : fallback;
  return {
    endpoint: pick('endpoint', 'MQ_ENDPOINT', 'http://127.0.0.1:8080'),
    accessKey: pick('access-key', 'MQ_ACCESS_KEY', 'harness-ak'),
    secretKey: pick('secret-key', 'MQ_SECRET_KEY', 'harness-sk'),
    instanceId: pick('instance-id', 'MQ_INSTANCE_ID', ''),
    topic: pick('topic', 'MQ_TOPIC', 'TT'),
    group: pick('group', 'MQ_GROUP', 'GID_T'),
    deadlineSeconds: Number(pick('deadline-seconds', 'MQ_DEADLINE_SECONDS', '40')),
  };
}

const log = (...parts) => console.error('[node-sdk]', ...parts);
const isNoMessage = (e) => e && typeof e.Code === 'string' && e.Code.indexOf('MessageNotExist') > -1;

async function main() {
  const cfg = settings(process.argv.slice(2), process.env);
  const started = Date.now();
  const deadline = started + cfg.deadlineSeconds * 1000;
  const outcome = {
    sdk: 'node @aliyunmq/mq-http-sdk ' + require('@aliyunmq/mq-http-sdk/package.json').version,
    received: [], acked: [], checks: {}, decisions: {}, errors: [], notFound: { halfPop: 0, consume: 0 },
    timedOut: false, elapsedMs: 0,
  };
  const client = new MQClient(cfg.endpoint, cfg.accessKey, cfg.secretKey);
  const producer = client.getTransProducer(cfg.instanceId, cfg.topic, cfg.group);
  const consumer = client.getConsumer(cfg.instanceId, cfg.topic, cfg.group);

  // The SDK resolves (does not throw) on per-handle failures: {code: 404, body: [{ErrorCode, ...}]}.
  const decided = (a, what, res) => {
    if (res && res.code === 204) {
      outcome.decisions[a] = what;
      log(`${what} a=${a}`);
    } else {
      outcome.errors.push(`${what} a=${a}: ${JSON.stringify(res)}`);
    }
  };

  for (let i = 0; i < 4; i++) {
    const props = new MessageProperties();
    props.putProperty('a', i);
    props.messageKey('MessageKey');
    props.transCheckImmunityTime(10);
    const res = await producer.publishMessage('hello mq.', '', props);
    log(`published a=${i} id=${res.body.MessageId} handle=${res.body.ReceiptHandle ? 'yes' : 'no'}`);
    if (i === 0) {
      decided('0', 'commit', await producer.commit(res.body.ReceiptHandle));
    }
  }

  const checkerDone = () => ['1', '2', '3'].every((a) => outcome.decisions[a]);
  const consumerDone = () => checkerDone() && ['0', '1', '2'].every((a) => outcome.acked.includes(a));

  async function checker() {
    while (!checkerDone() && Date.now() < deadline) {
      let res;
      try {
        res = await producer.consumeHalfMessage(3, 3);
      } catch (e) {
        if (isNoMessage(e)) {
          outcome.notFound.halfPop++;
        } else {
          outcome.errors.push(`consumeHalfMessage: ${e.Code || ''} ${e.message}`);
          await new Promise((r) => setTimeout(r, 200));
        }
        continue;
      }
      for (const msg of res.body) {
        const a = msg.Properties.a;
        const times = parseInt(msg.ConsumedTimes, 10); // xml2js gives strings
        (outcome.checks[a] = outcome.checks[a] || []).push(times);
        log(`half a=${a} ConsumedTimes=${times}`);
        if (a === '1' || (a === '2' && times > 1)) {
          decided(a, 'commit', await producer.commit(msg.ReceiptHandle));
        } else if (a === '3') {
          decided(a, 'rollback', await producer.rollback(msg.ReceiptHandle));
        } else {
          log(`a=${a}: unknown yet, check again later`);
        }
      }
    }
  }

  async function consume(waitSeconds) {
    let res;
    try {
      res = await consumer.consumeMessage(3, waitSeconds);
    } catch (e) {
      if (isNoMessage(e)) {
        outcome.notFound.consume++;
      } else {
        outcome.errors.push(`consumeMessage: ${e.Code || ''} ${e.message}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      return;
    }
    for (const msg of res.body) {
      outcome.received.push(msg.Properties.a);
      log(`consumed a=${msg.Properties.a} ConsumedTimes=${msg.ConsumedTimes}`);
    }
    const ack = await consumer.ackMessage(res.body.map((m) => m.ReceiptHandle));
    if (ack.code === 204) {
      res.body.forEach((m) => outcome.acked.push(m.Properties.a));
    } else {
      outcome.errors.push(`ackMessage: ${JSON.stringify(ack)}`);
    }
  }

  async function consumerLoop() {
    while (!consumerDone() && Date.now() < deadline) {
      await consume(3);
    }
    if (consumerDone()) {
      await consume(1); // a last look: nothing else (a=3, a redelivery) may arrive
    }
  }

  await Promise.all([checker(), consumerLoop()]);
  outcome.timedOut = !consumerDone();
  outcome.elapsedMs = Date.now() - started;
  return outcome;
}

function passed(o) {
  const got = [...new Set(o.received)].sort();
  return !o.timedOut && o.errors.length === 0 && JSON.stringify(got) === '["0","1","2"]'
    && ['0', '1', '2'].every((a) => o.acked.includes(a));
}

main().then(
  (outcome) => {
    process.stdout.write(JSON.stringify(outcome) + '\n', () => process.exit(passed(outcome) ? 0 : 1));
  },
  (e) => {
    log('failed:', e && e.stack ? e.stack : e);
    process.stdout.write(JSON.stringify({ fatal: String(e && e.message ? e.message : e) }) + '\n',
      () => process.exit(1));
  });
