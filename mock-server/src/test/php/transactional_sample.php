<?php
/**
 * The transactional example flow (SPEC section 6.6) with the official PHP SDK (aliyunmq/mq-http-sdk 1.0.4), as its
 * documented sample TransProducer.php does it, one step after the other (PHP has no threads): a transactional
 * producer publishes 4 half messages (a=0..3, check immunity 10 s) and commits a=0 with its publish handle; the
 * checker pops half messages and commits a=1, commits a=2 once ConsumedTimes > 1, rolls back a=3; then a consumer
 * with the same group id consumes and acks.
 *
 * Settings come from --endpoint= --access-key= --secret-key= --instance-id= --topic= --group= --deadline-seconds= or
 * from MQ_ENDPOINT, MQ_ACCESS_KEY, MQ_SECRET_KEY, MQ_INSTANCE_ID, MQ_TOPIC, MQ_GROUP, MQ_DEADLINE_SECONDS. The SDK
 * loads from MQ_PHP_AUTOLOAD (Composer's vendor/autoload.php), else from MQ_PHP_SDK_DIR (its sources) with Debian's
 * Guzzle. Progress goes to stderr; stdout gets one JSON line with the outcome. Exit 0 when the consumer got exactly
 * a=0, 1, 2 (all acked) and never 3, else 1.
 *
 * Run by PhpSdkTransactionalIT; by hand:
 *   MQ_PHP_SDK_DIR=../shared/clients/php php transactional_sample.php --endpoint=http://127.0.0.1:8080
 */

use MQ\Exception\AckMessageException;
use MQ\Exception\MessageNotExistException;
use MQ\Exception\MQException;
use MQ\Model\TopicMessage;
use MQ\MQClient;

ini_set('display_errors', 'stderr');
error_reporting(E_ALL & ~E_DEPRECATED);

function loadSdk()
{
    $composer = getenv('MQ_PHP_AUTOLOAD');
    if ($composer) {
        require_once $composer;
        return;
    }
    $sdkDir = getenv('MQ_PHP_SDK_DIR');
    $guzzle = getenv('MQ_PHP_GUZZLE_AUTOLOAD');
    require_once $guzzle ? $guzzle : '/usr/share/php/GuzzleHttp/autoload.php';
    spl_autoload_register(function ($class) use ($sdkDir) {
        if (strncmp($class, 'MQ\\', 3) === 0) {
            require $sdkDir . '/' . str_replace('\\', '/', $class) . '.php';
        }
    });
}

function settings(array $argv)
{
    $options = getopt('', ['endpoint:', 'access-key:', 'secret-key:', 'instance-id:', 'topic:', 'group:',
        'deadline-seconds:']);
    $pick = function ($option, $variable, $default) use ($options) {
        if (isset($options[$option])) {
            return $options[$option];
        }
        $value = getenv($variable);
        return $value === FALSE ? $default : $value;
    };
    return [
        'endpoint' => $pick('endpoint', 'MQ_ENDPOINT', 'http://127.0.0.1:8080'),
        'accessKey' => $pick('access-key', 'MQ_ACCESS_KEY', 'harness-ak'),
        'secretKey' => $pick('secret-key', 'MQ_SECRET_KEY', 'harness-sk'),
        'instanceId' => $pick('instance-id', 'MQ_INSTANCE_ID', ''),
        'topic' => $pick('topic', 'MQ_TOPIC', 'TT'),
        'group' => $pick('group', 'MQ_GROUP', 'GID_T'),
        'deadlineSeconds' => (float) $pick('deadline-seconds', 'MQ_DEADLINE_SECONDS', '40'),
    ];
}

function say($text)
{
    fwrite(STDERR, "[php-sdk] $text\n");
}

/** The failed handles of a commit, rollback or ack, as the SDK's sample prints them. */
function describe(\Exception $e)
{
    $text = get_class($e) . ': ' . $e->getMessage();
    if ($e instanceof AckMessageException) {
        foreach ($e->getAckMessageErrorItems() as $item) {
            $text .= sprintf(' [%s %s %s]', $item->getReceiptHandle(), $item->getErrorCode(), $item->getErrorMessage());
        }
    }
    return $text;
}

class Outcome
{
    public $data = [
        'sdk' => 'php aliyunmq/mq-http-sdk',
        'received' => [], 'acked' => [], 'checks' => [], 'decisions' => [], 'errors' => [],
        'notFound' => ['halfPop' => 0, 'consume' => 0], 'timedOut' => FALSE, 'elapsedMs' => 0,
    ];

    public function decide($a, $what)
    {
        $this->data['decisions'][$a] = $what;
        say("$what a=$a");
    }

    public function checkerDone()
    {
        return isset($this->data['decisions']['1'], $this->data['decisions']['2'], $this->data['decisions']['3']);
    }

    public function consumerDone()
    {
        return $this->checkerDone() && count(array_intersect(['0', '1', '2'], $this->data['acked'])) === 3;
    }

    public function passed()
    {
        $distinct = array_values(array_unique($this->data['received']));
        sort($distinct);
        return !$this->data['timedOut'] && empty($this->data['errors']) && $distinct === ['0', '1', '2']
            && count(array_intersect(['0', '1', '2'], $this->data['acked'])) === 3;
    }
}

function check($producer, Outcome $outcome, $deadline)
{
    while (!$outcome->checkerDone() && microtime(TRUE) < $deadline) {
        try {
            $messages = $producer->consumeHalfMessage(1, 3);
        } catch (MessageNotExistException $e) {
            $outcome->data['notFound']['halfPop']++;
            continue;
        } catch (\Exception $e) {
            $outcome->data['errors'][] = 'consumeHalfMessage: ' . describe($e);
            usleep(200000);
            continue;
        }
        foreach ($messages as $message) {
            $a = (string) $message->getProperty('a');
            $consumedTimes = (int) $message->getConsumedTimes();
            $outcome->data['checks'][$a][] = $consumedTimes;
            say("half a=$a consumed_times=$consumedTimes");
            try {
                if ($a === '1' || ($a === '2' && $consumedTimes > 1)) {
                    $producer->commit($message->getReceiptHandle());
                    $outcome->decide($a, 'commit');
                } elseif ($a === '3') {
                    $producer->rollback($message->getReceiptHandle());
                    $outcome->decide($a, 'rollback');
                } else {
                    say("a=$a: unknown yet, check again later");
                }
            } catch (\Exception $e) {
                $outcome->data['errors'][] = "commit/rollback a=$a: " . describe($e);
            }
        }
    }
}

function consumeOnce($consumer, Outcome $outcome, $waitSeconds)
{
    try {
        $messages = $consumer->consumeMessage(3, $waitSeconds);
    } catch (MessageNotExistException $e) {
        $outcome->data['notFound']['consume']++;
        return;
    } catch (\Exception $e) {
        $outcome->data['errors'][] = 'consumeMessage: ' . describe($e);
        usleep(200000);
        return;
    }
    $handles = [];
    foreach ($messages as $message) {
        $outcome->data['received'][] = (string) $message->getProperty('a');
        $handles[] = $message->getReceiptHandle();
        say('consumed a=' . $message->getProperty('a') . ' consumed_times=' . $message->getConsumedTimes());
    }
    try {
        $consumer->ackMessage($handles);
        foreach ($messages as $message) {
            $outcome->data['acked'][] = (string) $message->getProperty('a');
        }
    } catch (\Exception $e) {
        $outcome->data['errors'][] = 'ackMessage: ' . describe($e);
    }
}

function run(array $cfg)
{
    $started = microtime(TRUE);
    $deadline = $started + $cfg['deadlineSeconds'];
    $outcome = new Outcome();
    $client = new MQClient($cfg['endpoint'], $cfg['accessKey'], $cfg['secretKey']);
    $producer = $client->getTransProducer($cfg['instanceId'], $cfg['topic'], $cfg['group']);
    for ($i = 0; $i < 4; $i++) {
        $message = new TopicMessage("I am test message $i.");
        $message->putProperty('a', $i);
        $message->setMessageKey('MessageKey');
        $message->setTransCheckImmunityTime(10);
        $published = $producer->publishMessage($message);
        say("published a=$i id=" . $published->getMessageId() . ' handle=' . ($published->getReceiptHandle() ? 'yes' : 'no'));
        if ($i === 0) {
            try {
                $producer->commit($published->getReceiptHandle());
                $outcome->decide('0', 'commit');
            } catch (\Exception $e) {
                $outcome->data['errors'][] = 'commit a=0: ' . describe($e);
            }
        }
    }
    check($producer, $outcome, $deadline);
    $consumer = $client->getConsumer($cfg['instanceId'], $cfg['topic'], $cfg['group']);
    while (!$outcome->consumerDone() && microtime(TRUE) < $deadline) {
        consumeOnce($consumer, $outcome, 3);
    }
    if ($outcome->consumerDone()) {
        consumeOnce($consumer, $outcome, 1); // a last look: nothing else (a=3, a redelivery) may arrive
    }
    $outcome->data['timedOut'] = !$outcome->consumerDone();
    $outcome->data['elapsedMs'] = (int) ((microtime(TRUE) - $started) * 1000);
    return $outcome;
}

loadSdk();
try {
    $outcome = run(settings($argv));
} catch (\Throwable $e) {
    fwrite(STDERR, $e . "\n");
    echo json_encode(['fatal' => get_class($e) . ': ' . $e->getMessage()]), "\n";
    exit(1);
}
$data = $outcome->data;
$data['checks'] = (object) $data['checks'];
$data['decisions'] = (object) $data['decisions'];
echo json_encode($data), "\n";
exit($outcome->passed() ? 0 : 1);
