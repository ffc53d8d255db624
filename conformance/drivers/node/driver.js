#!/usr/bin/env node
'use strict';
// Conformance driver for the Node.js SDK @aliyunmq/mq-http-sdk (contract: conformance/DRIVER.md).
// One JSON request per line on stdin, one JSON answer per line on stdout, in order; everything else goes to stderr.

const readline = require('readline');
const { MQClient, MessageProperties } = require('@aliyunmq/mq-http-sdk');
const SDK_VERSION = require('@aliyunmq/mq-http-sdk/package.json').version;

// stdout carries answers only: whatever the SDK or its dependencies print goes to stderr.
const answerStream = process.stdout;
console.log = console.error;
console.info = console.error;
console.warn = console.error;

const CAPABILITIES = ['ORDERED_CONSUME', 'TRANSACTIONS', 'TIMER_MESSAGES', 'BATCH_ACK'];

class DriverError extends Error {
  constructor(kind, code, message, requestId, handleFailures) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.requestId = requestId;
    this.handleFailures = handleFailures;
  }
}

let client = null;

function requireClient() {
  if (!client) {
    throw new DriverError('client', 'NotConnected', 'connect must come first');
  }
  return client;
}

function messageProperties(p) {
  const props = new MessageProperties();
  Object.entries(p.properties || {}).forEach(([k, v]) => props.putProperty(k, v));
  props.messageKey(p.messageKey);
  props.startDeliverTime(p.startDeliverTime);
  props.shardingKey(p.shardingKey);
  props.transCheckImmunityTime(p.transCheckImmunitySeconds);
  return props;
}

// The SDK moves KEYS, __STARTDELIVERTIME (and, a bug, __TransCheckT) and __SHARDINGKEY out of Properties into
// fields; they are put back under the key the SDK filed them as, so the harness sees what the SDK exposes.
function received(msg) {
  const properties = Object.assign({}, msg.Properties || {});
  if (msg.MessageKey !== undefined) properties.KEYS = String(msg.MessageKey);
  if (msg.StartDeliverTime !== undefined) properties.__STARTDELIVERTIME = String(msg.StartDeliverTime);
  if (msg.ShardingKey !== undefined) properties.__SHARDINGKEY = String(msg.ShardingKey);
  return {
    messageId: msg.MessageId,
    receiptHandle: msg.ReceiptHandle,
    body: msg.MessageBody,
    bodyMd5: msg.MessageBodyMD5 === undefined ? null : msg.MessageBodyMD5,
    tag: msg.MessageTag === undefined || msg.MessageTag === '' ? null : msg.MessageTag,
    properties,
    publishTime: Number(msg.PublishTime),
    nextConsumeTime: Number(msg.NextConsumeTime),
    firstConsumeTime: Number(msg.FirstConsumeTime),
    consumedTimes: Number(msg.ConsumedTimes),
  };
}

// The SDK signals "no message" by throwing an Error whose Code is MessageNotExist.
async function messagesOrNone(call) {
  try {
    const response = await call();
    if (!Array.isArray(response.body)) {
      throw new DriverError('client', 'NoMessageList', `SDK returned HTTP ${response.code} without a message list`,
        response.requestId);
    }
    return { messages: response.body.map(received) };
  } catch (e) {
    if (e && e.Code === 'MessageNotExist') {
      return { messages: [] };
    }
    throw e;
  }
}

// Ack, commit and rollback resolve (no throw) with {code: 404, body: [{ErrorCode, ErrorMessage, ReceiptHandle}]}
// when some handles fail; any other non-2xx without an <Error> body also resolves.
function handleResult(response) {
  if (Array.isArray(response.body) && response.body.length > 0) {
    const failures = response.body.map((f) => ({
      receiptHandle: f.ReceiptHandle, code: f.ErrorCode, message: f.ErrorMessage,
    }));
    throw new DriverError('service', failures[0].code, failures[0].message, response.requestId || null, failures);
  }
  if (response.code < 200 || response.code >= 300) {
    throw new DriverError('service', null, `SDK resolved with HTTP ${response.code} and no error body`,
      response.requestId || null);
  }
  return {};
}

function singleHandle(p) {
  if (!Array.isArray(p.receiptHandles) || p.receiptHandles.length !== 1) {
    throw new DriverError('client', 'InvalidArgument', 'commit and rollback take exactly one receipt handle');
  }
  return p.receiptHandles[0];
}

const ops = {
  hello: async () => ({
    name: 'node-sdk', sdk: '@aliyunmq/mq-http-sdk', sdkVersion: SDK_VERSION, capabilities: CAPABILITIES,
  }),
  connect: async (p) => {
    client = new MQClient(p.url, p.accessKeyId, p.accessKeySecret, p.securityToken || undefined);
    return {};
  },
  publish: async (p) => {
    const producer = requireClient().getProducer(p.instanceId, p.topic);
    const response = await producer.publishMessage(p.body, p.tag || '', messageProperties(p));
    if (!response.body) {
      throw new DriverError('client', 'NoMessageId', `SDK returned HTTP ${response.code} without a body`,
        response.requestId || null);
    }
    return {
      messageId: response.body.MessageId,
      bodyMd5: response.body.MessageBodyMD5 || null,
      receiptHandle: response.body.ReceiptHandle || null,
    };
  },
  consume: async (p) => {
    const consumer = requireClient().getConsumer(p.instanceId, p.topic, p.group, p.tag || undefined);
    return messagesOrNone(() => (p.orderly
      ? consumer.consumeMessageOrderly(p.numOfMessages, p.waitSeconds)
      : consumer.consumeMessage(p.numOfMessages, p.waitSeconds)));
  },
  ack: async (p) => {
    const consumer = requireClient().getConsumer(p.instanceId, p.topic, p.group);
    return handleResult(await consumer.ackMessage(p.receiptHandles));
  },
  consumeHalf: async (p) => {
    const producer = requireClient().getTransProducer(p.instanceId, p.topic, p.group);
    return messagesOrNone(() => producer.consumeHalfMessage(p.numOfMessages, p.waitSeconds));
  },
  commit: async (p) => {
    const producer = requireClient().getTransProducer(p.instanceId, p.topic, p.group);
    return handleResult(await producer.commit(singleHandle(p)));
  },
  rollback: async (p) => {
    const producer = requireClient().getTransProducer(p.instanceId, p.topic, p.group);
    return handleResult(await producer.rollback(singleHandle(p)));
  },
  shutdown: async () => ({}),
};

function failure(e) {
  if (e instanceof DriverError) {
    return e;
  }
  if (e && typeof e.Code === 'string') {
    return new DriverError('service', e.Code, e.message, e.RequestId || null);
  }
  const name = (e && e.name) || 'Error';
  const kind = name.indexOf('Timeout') > -1 ? 'timeout' : 'client';
  const code = (e && typeof e.code === 'string' && e.code) || name;
  return new DriverError(kind, code, (e && e.message) || String(e), null);
}

function answer(id, body) {
  return new Promise((resolve) => answerStream.write(JSON.stringify(Object.assign({ id }, body)) + '\n', resolve));
}

async function handle(line) {
  let request;
  try {
    request = JSON.parse(line);
  } catch (e) {
    await answer(null, {
      ok: false, error: { kind: 'client', code: 'BadRequest', message: e.message, requestId: null, handleFailures: [] },
    });
    return;
  }
  const id = request.id === undefined ? null : request.id;
  const op = ops[request.op];
  try {
    if (!op) {
      throw new DriverError('unsupported', 'UnknownOp', `unknown op ${request.op}`, null);
    }
    const result = await op(request.params || {});
    await answer(id, { ok: true, result });
  } catch (e) {
    const f = failure(e);
    console.error(`[node-driver] ${request.op} failed: ${f.kind} ${f.code} ${f.message}`);
    await answer(id, {
      ok: false,
      error: {
        kind: f.kind, code: f.code || null, message: f.message, requestId: f.requestId || null,
        handleFailures: f.handleFailures || [],
      },
    });
  }
  if (request.op === 'shutdown') {
    process.exit(0);
  }
}

let queue = Promise.resolve();
const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on('line', (line) => {
  if (line.trim() !== '') {
    queue = queue.then(() => handle(line));
  }
});
lines.on('close', () => queue.then(() => process.exit(0)));
