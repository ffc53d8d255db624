<?php
/**
 * Loads aliyunmq/mq-http-sdk the way tools/find-clients.sh found it:
 * - MQ_PHP_AUTOLOAD: Composer's vendor/autoload.php (the SDK and Guzzle from Packagist), else
 * - MQ_PHP_SDK_DIR: the SDK's sources (a folder with MQ/), loaded with a PSR-4 autoloader for the MQ\ namespace as
 *   its composer.json declares it, and Guzzle from MQ_PHP_GUZZLE_AUTOLOAD (default: Debian's php-guzzlehttp-guzzle).
 */
$composerAutoload = getenv('MQ_PHP_AUTOLOAD');
if ($composerAutoload !== FALSE && $composerAutoload !== '') {
    require_once $composerAutoload;
    return;
}
$sdkDir = getenv('MQ_PHP_SDK_DIR');
if ($sdkDir === FALSE || $sdkDir === '' || !is_dir($sdkDir . '/MQ')) {
    fwrite(STDERR, "sdk-autoload.php: set MQ_PHP_AUTOLOAD (Composer) or MQ_PHP_SDK_DIR (a folder with MQ/)\n");
    exit(2);
}
$guzzle = getenv('MQ_PHP_GUZZLE_AUTOLOAD');
require_once ($guzzle !== FALSE && $guzzle !== '') ? $guzzle : '/usr/share/php/GuzzleHttp/autoload.php';
spl_autoload_register(function ($class) use ($sdkDir) {
    if (strncmp($class, 'MQ\\', 3) === 0) {
        $file = $sdkDir . '/' . str_replace('\\', '/', $class) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
