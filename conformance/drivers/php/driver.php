<?php
/**
 * Conformance driver for the official PHP SDK aliyunmq/mq-http-sdk 1.0.4 (contract: conformance/DRIVER.md).
 *
 * One JSON request per line on stdin, one JSON answer per line on stdout, in order; everything else goes to stderr.
 * The SDK is loaded by sdk-autoload.php: Composer's autoloader where the build installed the SDK with Composer,
 * else Debian's Guzzle autoloader and the SDK's sources in ../shared/clients/php.
 */

// stdout carries answers only (written to STDOUT directly): PHP's warnings and anything echoed go to stderr.
ini_set('display_errors', 'stderr');
ini_set('log_errors', '0');
error_reporting(E_ALL & ~E_DEPRECATED); // the SDK's PHP 5 signatures draw deprecation notes on PHP 8
ob_start(function ($text) {
    fwrite(STDERR, $text);
    return '';
}, 1);

require __DIR__ . '/sdk-autoload.php';
require __DIR__ . '/DriverError.php';
require __DIR__ . '/Failures.php';
require __DIR__ . '/Driver.php';

function answer(array $body)
{
    fwrite(STDOUT, json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE) . "\n");
    fflush(STDOUT);
}

/** Answers one request line; false after shutdown. */
function handle(Driver $driver, $line)
{
    $request = json_decode($line, true);
    if (!is_array($request)) {
        answer(['id' => NULL, 'ok' => FALSE, 'error' => [
            'kind' => 'client', 'code' => 'BadRequest', 'message' => 'not a JSON object: ' . json_last_error_msg(),
            'requestId' => NULL, 'handleFailures' => []]]);
        return TRUE;
    }
    $id = array_key_exists('id', $request) ? $request['id'] : NULL;
    $op = isset($request['op']) ? $request['op'] : NULL;
    $params = isset($request['params']) && is_array($request['params']) ? $request['params'] : [];
    try {
        if (!in_array($op, Driver::OPS, TRUE)) {
            throw new DriverError('unsupported', 'UnknownOp', 'unknown op ' . $op);
        }
        $result = $driver->$op($params);
        answer(['id' => $id, 'ok' => TRUE, 'result' => (object) $result]);
    } catch (\Throwable $e) {
        $f = Failures::of($e);
        fwrite(STDERR, sprintf("[php-driver] %s failed: %s %s %s\n", $op, $f->kind, $f->errorCode, $f->getMessage()));
        answer(['id' => $id, 'ok' => FALSE, 'error' => [
            'kind' => $f->kind, 'code' => $f->errorCode, 'message' => $f->getMessage(), 'requestId' => $f->requestId,
            'handleFailures' => $f->handleFailures]]);
    }
    return $op !== 'shutdown';
}

$driver = new Driver();
while (($line = fgets(STDIN)) !== FALSE) {
    if (trim($line) !== '' && !handle($driver, $line)) {
        break;
    }
}
exit(0);
