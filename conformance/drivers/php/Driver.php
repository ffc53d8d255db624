<?php

use MQ\Config;
use MQ\Constants;
use MQ\Exception\MessageNotExistException;
use MQ\Model\TopicMessage;
use MQ\MQClient;

/**
 * The ops of DRIVER.md §4 on the PHP SDK, one method each: params in (an array decoded from the request), the result
 * array out; failures are thrown (the SDK's exceptions, or DriverError) and mapped by Failures.
 */
class Driver
{
    const OPS = ['hello', 'connect', 'publish', 'consume', 'ack', 'consumeHalf', 'commit', 'rollback', 'shutdown'];
    const CAPABILITIES = ['ORDERED_CONSUME', 'TRANSACTIONS', 'TIMER_MESSAGES', 'BATCH_ACK'];

    /**
     * The client deadline (DRIVER.md §5) when connect gives none, in seconds; a poll adds its waitSeconds. It is the
     * SDK's own request timeout (Config::setRequestTimeout; its default is 35 s), and the SDK has one per client.
     */
    const DEFAULT_DEADLINE_SECONDS = 15;

    /** @var array|null url, accessKeyId, accessKeySecret, securityToken of the last connect */
    private $endpoint;
    /** @var float the client deadline of a call that does not wait, in seconds (connect's callDeadlineMillis) */
    private $deadline = self::DEFAULT_DEADLINE_SECONDS;
    /** @var MQClient[] one SDK client per request timeout, made on first use */
    private $clients = [];

    public function hello(array $p)
    {
        return ['name' => 'php-sdk', 'sdk' => 'aliyunmq/mq-http-sdk', 'sdkVersion' => self::sdkVersion(),
            'capabilities' => self::CAPABILITIES];
    }

    /** Builds the client (no network); the SDK refuses an empty endpoint or key here. */
    public function connect(array $p)
    {
        $this->endpoint = ['url' => $p['url'], 'accessKeyId' => $p['accessKeyId'],
            'accessKeySecret' => $p['accessKeySecret'], 'securityToken' => self::get($p, 'securityToken')];
        $millis = self::get($p, 'callDeadlineMillis');
        $this->deadline = is_int($millis) && $millis > 0 ? $millis / 1000.0 : self::DEFAULT_DEADLINE_SECONDS;
        $this->clients = [];
        $this->client($this->deadline);
        return [];
    }

    /** A half message is a publish with the check immunity set; the plain producer sends the same request. */
    public function publish(array $p)
    {
        $message = new TopicMessage(self::get($p, 'body'));
        if (self::get($p, 'tag') !== NULL) {
            $message->setMessageTag($p['tag']);
        }
        foreach ((array) self::get($p, 'properties') as $key => $value) {
            $message->putProperty((string) $key, $value);
        }
        if (self::get($p, 'messageKey') !== NULL) {
            $message->setMessageKey($p['messageKey']);
        }
        if (self::get($p, 'startDeliverTime') !== NULL) {
            $message->setStartDeliverTime($p['startDeliverTime']);
        }
        if (self::get($p, 'shardingKey') !== NULL) {
            $message->setShardingKey($p['shardingKey']);
        }
        if (self::get($p, 'transCheckImmunitySeconds') !== NULL) {
            $message->setTransCheckImmunityTime($p['transCheckImmunitySeconds']);
        }
        $sent = $this->client($this->deadline)
            ->getProducer(self::instanceId($p), $p['topic'])->publishMessage($message);
        return ['messageId' => $sent->getMessageId(), 'bodyMd5' => self::nonEmpty($sent->getMessageBodyMD5()),
            'receiptHandle' => self::nonEmpty($sent->getReceiptHandle())];
    }

    public function consume(array $p)
    {
        $consumer = $this->client($this->pollTimeout($p))
            ->getConsumer(self::instanceId($p), $p['topic'], $p['group'], self::get($p, 'tag'));
        return self::messagesOrNone(function () use ($consumer, $p) {
            return self::get($p, 'orderly')
                ? $consumer->consumeMessageOrderly($p['numOfMessages'], $p['waitSeconds'])
                : $consumer->consumeMessage($p['numOfMessages'], $p['waitSeconds']);
        });
    }

    public function ack(array $p)
    {
        $this->client($this->deadline)
            ->getConsumer(self::instanceId($p), $p['topic'], $p['group'])->ackMessage($p['receiptHandles']);
        return [];
    }

    public function consumeHalf(array $p)
    {
        $producer = $this->client($this->pollTimeout($p))
            ->getTransProducer(self::instanceId($p), $p['topic'], $p['group']);
        return self::messagesOrNone(function () use ($producer, $p) {
            return $producer->consumeHalfMessage($p['numOfMessages'], $p['waitSeconds']);
        });
    }

    public function commit(array $p)
    {
        $this->transProducer($p)->commit(self::singleHandle($p));
        return [];
    }

    public function rollback(array $p)
    {
        $this->transProducer($p)->rollback(self::singleHandle($p));
        return [];
    }

    public function shutdown(array $p)
    {
        return [];
    }

    private function transProducer(array $p)
    {
        return $this->client($this->deadline)
            ->getTransProducer(self::instanceId($p), $p['topic'], $p['group']);
    }

    /** The SDK client whose requests time out after $seconds (the SDK has one request timeout per client). */
    private function client($seconds)
    {
        if ($this->endpoint === NULL) {
            throw new DriverError('client', 'NotConnected', 'connect must come first');
        }
        $key = (string) $seconds;
        if (!isset($this->clients[$key])) {
            $config = new Config();
            $config->setRequestTimeout($seconds);
            $e = $this->endpoint;
            $this->clients[$key] = new MQClient($e['url'], $e['accessKeyId'], $e['accessKeySecret'],
                $e['securityToken'], $config);
        }
        return $this->clients[$key];
    }

    /** The SDK signals "no message" by throwing MessageNotExistException. */
    private static function messagesOrNone(callable $poll)
    {
        try {
            $got = $poll();
        } catch (MessageNotExistException $e) {
            return ['messages' => []];
        }
        return ['messages' => array_map([self::class, 'received'], $got === NULL ? [] : $got)];
    }

    /** What the SDK exposes of a message; it keeps the system keys in the properties map. */
    private static function received($m)
    {
        $properties = $m->getProperties();
        return [
            'messageId' => $m->getMessageId(),
            'receiptHandle' => $m->getReceiptHandle(),
            'body' => $m->getMessageBody(),
            'bodyMd5' => self::nonEmpty($m->getMessageBodyMD5()),
            'tag' => self::nonEmpty($m->getMessageTag()),
            'properties' => (object) ($properties === NULL ? [] : array_map('strval', $properties)),
            'publishTime' => (int) $m->getPublishTime(),
            'nextConsumeTime' => (int) $m->getNextConsumeTime(),
            'firstConsumeTime' => (int) $m->getFirstConsumeTime(),
            'consumedTimes' => (int) $m->getConsumedTimes(),
        ];
    }

    private static function singleHandle(array $p)
    {
        $handles = (array) self::get($p, 'receiptHandles');
        if (count($handles) !== 1) {
            throw new DriverError('client', 'InvalidArgument', 'commit and rollback take exactly one receipt handle');
        }
        return $handles[0];
    }

    private function pollTimeout(array $p)
    {
        return max(0, (int) self::get($p, 'waitSeconds')) + $this->deadline;
    }

    /** The version in the SDK's user agent, "mq-php-sdk/1.0.4(GuzzleHttp/". */
    private static function sdkVersion()
    {
        return preg_match('#/([0-9.]+)\(#', Constants::CLIENT_VERSION, $m) ? $m[1] : Constants::CLIENT_VERSION;
    }

    private static function instanceId(array $p)
    {
        return self::get($p, 'instanceId') === NULL ? '' : $p['instanceId'];
    }

    private static function get(array $p, $key)
    {
        return array_key_exists($key, $p) ? $p[$key] : NULL;
    }

    private static function nonEmpty($value)
    {
        return $value === NULL || $value === '' ? NULL : (string) $value;
    }
}
