"""A driver that breaks the contract on purpose, for DriverSelfCheckTest: hello is right, but a line that is not JSON
gets the wrong id and code, an unknown op is answered as a success, shutdown is answered without exiting, and the end
of input ends it with code 1."""
import json
import sys


def answer(body):
    sys.stdout.write(json.dumps(body) + "\n")
    sys.stdout.flush()


for line in sys.stdin:
    try:
        request = json.loads(line)
    except ValueError as e:
        answer({"id": 0, "ok": False, "error": {"kind": "client", "code": "ParseError", "message": str(e)}})
        continue
    if request["op"] == "hello":
        answer({"id": request["id"], "ok": True, "result": {"name": "broken", "sdk": "none", "sdkVersion": "0",
                                                            "capabilities": []}})
    else:
        answer({"id": request["id"], "ok": True, "result": {}})
sys.exit(1)
