<?php

use MQ\Exception\AckMessageException;
use MQ\Exception\MQException;

/**
 * Turns what the SDK threw into a DriverError (DRIVER.md §3).
 *
 * MQException carries the HTTP status as getCode(), the service's code as getOnsErrorCode() and its request id.
 * Where the SDK had no <Error> to read, it makes the code up from the status: "ServerError" (>= 500) or
 * "ClientError"; a transport failure (no answer, a time-out) reaches the driver as status 0, because the SDK
 * (MQPromise::wait) hands Guzzle's message to its XML error parser and drops the Guzzle exception.
 */
final class Failures
{
    private function __construct()
    {
    }

    public static function of(\Throwable $e)
    {
        if ($e instanceof DriverError) {
            return $e;
        }
        if ($e instanceof AckMessageException) {
            $failures = array_map(function ($item) {
                return ['receiptHandle' => $item->getReceiptHandle(), 'code' => $item->getErrorCode(),
                    'message' => $item->getErrorMessage()];
            }, $e->getAckMessageErrorItems());
            $code = count($failures) > 0 ? $failures[0]['code'] : $e->getOnsErrorCode();
            return new DriverError('service', $code, self::text($e), self::nonEmpty($e->getRequestId()), $failures);
        }
        if ($e instanceof MQException) {
            $status = (int) $e->getCode();
            $code = $e->getOnsErrorCode();
            $madeUp = $code === 'ClientError' || $code === 'ServerError';
            if ($status >= 300 && (!$madeUp || $e->getRequestId() !== NULL)) {
                return new DriverError('service', $code, self::text($e), self::nonEmpty($e->getRequestId()));
            }
            $kind = preg_match('/time[d]? ?out/i', self::text($e)) ? 'timeout' : 'client';
            return new DriverError($kind, $code, self::text($e), self::nonEmpty($e->getRequestId()));
        }
        $kind = preg_match('/time[d]? ?out/i', $e->getMessage()) ? 'timeout' : 'client';
        return new DriverError($kind, (new \ReflectionClass($e))->getShortName(), $e->getMessage());
    }

    /** The SDK's own rendering, "Code: 404 Message: ... ErrorCode: ... RequestId: ...". */
    private static function text(MQException $e)
    {
        return (string) $e;
    }

    private static function nonEmpty($value)
    {
        return $value === NULL || $value === '' ? NULL : (string) $value;
    }
}
