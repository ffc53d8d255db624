<?php
/** A failure to answer with (DRIVER.md §3): kind service, client, timeout or unsupported. */
class DriverError extends \Exception
{
    public $kind;
    public $errorCode;
    public $requestId;
    public $handleFailures;

    /**
     * @param string $kind service | client | timeout | unsupported
     * @param string|null $code the service's error code or the client's own error name
     * @param array $handleFailures list of ['receiptHandle' => ..., 'code' => ..., 'message' => ...]
     */
    public function __construct($kind, $code, $message, $requestId = NULL, array $handleFailures = [])
    {
        parent::__construct((string) $message);
        $this->kind = $kind;
        $this->errorCode = $code;
        $this->requestId = $requestId;
        $this->handleFailures = $handleFailures;
    }
}
