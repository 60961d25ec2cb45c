#!/usr/bin/env python3
"""fake_llm: a scriptable fake language-model server for genbi's tests.

What: an HTTP/1.1 server that speaks just enough of two chat APIs for genbi's LLM tiers:
  * Ollama        POST /api/chat              (NDJSON stream by default, like real Ollama)
  * OpenAI-style  POST /v1/chat/completions   (SSE stream when "stream": true)
plus control endpoints for tests:
  * GET  /health  -> "ok"
  * GET  /_stats  -> {"requests", "by_path", "by_model", "by_rule", "by_status", "by_question",
                      "log": [...]}
  * POST /_reset  -> clears the counters, the log and every rule's fail_times count

Why: there is no language model on the build machines, yet the tests must run the real genbi
binary (real libcurl, real JSON parsing, retries, timeouts, streaming) against something that
answers like a model.  Answers come from a JSON script of rules (--script), then from a file of
recorded question/SQL pairs (--replay), else the text "I don't know." so a test notices.

How: one asyncio event loop, hand-parsed HTTP (request line, headers, Content-Length or chunked
body, Expect: 100-continue, keep-alive, Connection: close).  No thread per request, so thousands
of slow (delayed or hanging) connections cost only a coroutine each.

Standard library only; Python 3.8+.  Run `fake_llm.py --help` for the flags; docs/fake-llm.md
describes the rule format.
"""

import argparse
import asyncio
import collections
import json
import os
import re
import signal
import sys
import time

# --------------------------------------------------------------------------------------------
# Limits and constants
# --------------------------------------------------------------------------------------------

MAX_HEADER_BYTES = 1 << 20    # request line + headers
MAX_BODY_BYTES = 64 << 20     # request body
LOG_KEEP = 200                # entries kept in /_stats "log"
NO_MATCH_TEXT = "I don't know."
MALFORMED_BODY = b'{"model": "fake", "message": {"role": "assistant", "content": "SELECT'

OLLAMA_PATH = "/api/chat"
OPENAI_PATH = "/v1/chat/completions"
MODEL_PATHS = (OLLAMA_PATH, OPENAI_PATH)

REASONS = {
    100: "Continue", 200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout",
    413: "Payload Too Large", 429: "Too Many Requests", 500: "Internal Server Error",
    502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
}

RULE_KEYS = {"question", "prompt", "model", "response", "status", "fail_times", "delay_ms",
             "hang", "malformed", "tokens_in", "tokens_out", "comment", "name",
             "close", "bytes_delay_ms", "pad_bytes"}

QUESTION_RE = re.compile(r"^[ \t]*Question:[ \t]*(.*?)[ \t]*$", re.M)


class BadRequest(Exception):
    """The client sent something that is not valid HTTP; answer 400 and close."""


# --------------------------------------------------------------------------------------------
# Answer sources: script rules and replay file
# --------------------------------------------------------------------------------------------

class Rule:
    """One scripted answer.  See docs/fake-llm.md for the field meanings."""

    def __init__(self, index, spec):
        if not isinstance(spec, dict):
            raise ValueError("rule %d: must be a JSON object" % index)
        unknown = set(spec) - RULE_KEYS
        if unknown:
            raise ValueError("rule %d: unknown key(s) %s" % (index, ", ".join(sorted(unknown))))
        self.index = index
        self.label = str(spec.get("name", index))
        self.question = re.compile(spec["question"], re.I) if "question" in spec else None
        self.prompt = re.compile(spec["prompt"], re.I | re.S) if "prompt" in spec else None
        self.model = spec.get("model")
        self.response = str(spec.get("response", ""))
        self.status = int(spec["status"]) if "status" in spec else None
        self.fail_times = int(spec["fail_times"]) if "fail_times" in spec else None
        self.delay_ms = float(spec["delay_ms"]) if "delay_ms" in spec else None
        self.hang = bool(spec.get("hang", False))
        self.malformed = bool(spec.get("malformed", False))
        self.close = bool(spec.get("close", False))
        self.bytes_delay_ms = float(spec.get("bytes_delay_ms", 0))
        self.pad_bytes = int(spec.get("pad_bytes", 0))
        self.tokens_in = int(spec["tokens_in"]) if "tokens_in" in spec else None
        self.tokens_out = int(spec["tokens_out"]) if "tokens_out" in spec else None
        self.matches = 0  # times this rule matched since start or the last /_reset

    def matches_request(self, model, question, prompt):
        """True when every condition the rule states holds (a rule with none matches all)."""
        if self.model is not None and self.model != model:
            return False
        if self.question is not None and not self.question.search(question):
            return False
        if self.prompt is not None and not self.prompt.search(prompt):
            return False
        return True

    def failing_status(self):
        """Called once per match: the HTTP error status to send now, or None to answer."""
        self.matches += 1
        if self.status is None or self.status < 400:
            return None
        if self.fail_times is None or self.matches <= self.fail_times:
            return self.status
        return None


def load_script(path):
    """Reads a JSON list of rules; raises ValueError with a readable message when invalid."""
    with open(path, encoding="utf-8") as f:
        try:
            data = json.load(f)
        except json.JSONDecodeError as exc:
            raise ValueError("%s: invalid JSON: %s" % (path, exc)) from None
    if not isinstance(data, list):
        raise ValueError("%s: must be a JSON list of rules" % path)
    try:
        return [Rule(i, spec) for i, spec in enumerate(data)]
    except (re.error, TypeError, ValueError) as exc:
        raise ValueError("%s: %s" % (path, exc)) from None


def normalize_question(text):
    """Case- and whitespace-insensitive key for replay lookups."""
    return " ".join(text.split()).lower()


def load_replay(path):
    """Reads `question<TAB>sql` lines (others ignored) into {normalized question: sql}.
    The first line for a question wins."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if "\t" not in line:
                continue
            question, sql = line.split("\t", 1)
            table.setdefault(normalize_question(question), sql)
    return table


def extract_question(prompt):
    """genbi's prompts carry the question on a `Question: <text>` line (repair prompts too,
    next to `Failed SQL:` and `Error:`).  Without such a line the whole message is the question."""
    m = QUESTION_RE.search(prompt)
    return m.group(1) if m else prompt.strip()


# --------------------------------------------------------------------------------------------
# HTTP plumbing
# --------------------------------------------------------------------------------------------

class Request:
    """A parsed HTTP request."""

    def __init__(self, method, target, version, headers, body):
        self.method = method
        self.path = target.split("?", 1)[0]
        self.version = version
        self.headers = headers  # lower-case name -> value (last one wins)
        self.body = body

    def wants_close(self):
        conn = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" not in conn
        return "close" in conn


async def read_request(reader, writer):
    """Reads one request; returns None on a clean EOF between requests.
    Raises BadRequest for garbage and asyncio.IncompleteReadError / ConnectionError when the
    client goes away mid-request."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None  # client closed an idle keep-alive connection
        raise
    except asyncio.LimitOverrunError:
        raise BadRequest("headers too large") from None
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadRequest("bad request line")
    method, target, version = parts
    headers = {}
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise BadRequest("bad header line")
        headers[name.strip().lower()] = value.strip()

    if headers.get("expect", "").lower() == "100-continue":
        # libcurl sends this for large POST bodies and waits (1 s by default) for a go-ahead.
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        await writer.drain()

    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = await read_chunked(reader)
    else:
        try:
            length = int(headers.get("content-length", "0"))
        except ValueError:
            raise BadRequest("bad Content-Length") from None
        if length < 0 or length > MAX_BODY_BYTES:
            raise BadRequest("bad Content-Length")
        body = await reader.readexactly(length) if length else b""
    return Request(method, target, version, headers, body)


async def read_chunked(reader):
    """Decodes a chunked request body (rare from libcurl, but cheap to support)."""
    body = bytearray()
    while True:
        size_line = await reader.readuntil(b"\r\n")
        try:
            size = int(size_line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise BadRequest("bad chunk size") from None
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":
                pass  # skip trailers
            return bytes(body)
        body += await reader.readexactly(size)
        await reader.readexactly(2)
        if len(body) > MAX_BODY_BYTES:
            raise BadRequest("body too large")


def response_head(status, headers):
    """Status line plus headers, ending with the blank line."""
    out = ["HTTP/1.1 %d %s" % (status, REASONS.get(status, "Status"))]
    out += ["%s: %s" % kv for kv in headers]
    return ("\r\n".join(out) + "\r\n\r\n").encode("latin-1")


async def send(writer, status, body, content_type="application/json", close=False, extra=()):
    """Sends a complete response with Content-Length."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
    headers += list(extra)
    headers.append(("Connection", "close" if close else "keep-alive"))
    writer.write(response_head(status, headers) + body)
    await writer.drain()


async def send_json(writer, status, obj, close=False, extra=()):
    await send(writer, status, json.dumps(obj), close=close, extra=extra)


async def send_chunked(writer, content_type, pieces, close=False, extra=()):
    """Sends a streamed response with Transfer-Encoding: chunked, one HTTP chunk per piece,
    draining after each so the client sees them arrive separately."""
    headers = [("Content-Type", content_type), ("Transfer-Encoding", "chunked"),
               ("Cache-Control", "no-cache")]
    headers += list(extra)
    headers.append(("Connection", "close" if close else "keep-alive"))
    writer.write(response_head(200, headers))
    for piece in pieces:
        data = piece.encode("utf-8")
        if data:
            writer.write(b"%x\r\n%s\r\n" % (len(data), data))
            await writer.drain()
    writer.write(b"0\r\n\r\n")
    await writer.drain()


class Capture:
    """Stands in for the stream writer so that a whole answer can be collected and then sent
    with a fault (cut short, or trickled)."""

    def __init__(self):
        self.data = bytearray()

    def write(self, data):
        self.data += data

    async def drain(self):
        pass


async def deliver_faulty(writer, data, rule):
    """Sends a collected answer as the rule says: one byte every bytes_delay_ms, and/or only
    its first half before the connection is dropped (close)."""
    if rule.close:
        data = data[:len(data) // 2]
    if rule.bytes_delay_ms > 0:
        for i in range(len(data)):
            writer.write(data[i:i + 1])
            await writer.drain()
            await asyncio.sleep(rule.bytes_delay_ms / 1000.0)
    else:
        writer.write(bytes(data))
        await writer.drain()


def split_pieces(text):
    """Splits an answer into stream pieces (a word with its leading spaces each), so that
    reassembling them must concatenate exactly.  Always at least one piece."""
    pieces = re.findall(r"\s*\S+", text)
    tail = text[len("".join(pieces)):]
    if tail:
        pieces.append(tail)
    return pieces or [text]


def rfc3339_now():
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%06dZ" % int((t % 1) * 1e6)


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------

class FakeLLM:
    """State (rules, replay table, counters) and the per-connection handler."""

    def __init__(self, rules, replay, default_delay_ms):
        self.rules = rules
        self.replay = replay
        self.default_delay_ms = default_delay_ms
        self.tasks = set()   # live connection handlers, cancelled at shutdown
        self.seq = 0         # for OpenAI completion ids
        self.reset()

    def reset(self):
        self.requests = 0
        self.by_path = collections.Counter()
        self.by_model = collections.Counter()
        self.by_rule = collections.Counter()
        self.by_status = collections.Counter()
        self.by_question = collections.Counter()  # model calls per question (every one kept)
        self.log = collections.deque(maxlen=LOG_KEEP)
        for rule in self.rules:
            rule.matches = 0

    def stats(self):
        return {"requests": self.requests, "by_path": dict(self.by_path),
                "by_model": dict(self.by_model), "by_rule": dict(self.by_rule),
                "by_status": {str(k): v for k, v in self.by_status.items()},
                "by_question": dict(self.by_question), "log": list(self.log)}

    def record(self, path, model, question, rule, status):
        """Counts one request to a non-control path and appends it to the log."""
        self.requests += 1
        self.by_path[path] += 1
        if model is not None:
            self.by_model[model] += 1
        if rule is not None:
            self.by_rule[str(rule)] += 1
        self.by_status[status] += 1
        if question is not None:
            self.by_question[question] += 1
        self.log.append({"path": path, "model": model, "question": question, "rule": rule,
                         "status": status})

    # -- connection loop -----------------------------------------------------------------

    async def handle(self, reader, writer):
        """Serves requests on one connection until it closes (keep-alive) or asks to close."""
        task = asyncio.current_task()
        self.tasks.add(task)
        try:
            while True:
                try:
                    req = await read_request(reader, writer)
                except BadRequest as exc:
                    await send_json(writer, 400, {"error": "bad request: %s" % exc}, close=True)
                    return
                if req is None:
                    return
                keep = await self.dispatch(req, reader, writer)
                if not keep or req.wants_close():
                    return
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                OSError):
            pass  # the client went away mid-request or mid-answer: nothing to do
        except asyncio.CancelledError:
            pass  # shutdown
        finally:
            self.tasks.discard(task)
            try:
                writer.close()
            except Exception:  # noqa: BLE001 - closing a dead socket must never fail the server
                pass

    async def dispatch(self, req, reader, writer):
        """Routes one request.  Returns False when the connection must be closed."""
        close = req.wants_close()
        if req.path == "/health" and req.method in ("GET", "HEAD"):
            await send(writer, 200, "ok", "text/plain", close=close)
            return True
        if req.path == "/_stats" and req.method == "GET":
            await send_json(writer, 200, self.stats(), close=close)
            return True
        if req.path == "/_reset" and req.method == "POST":
            self.reset()
            await send_json(writer, 200, {"ok": True}, close=close)
            return True
        if req.path in MODEL_PATHS:
            if req.method != "POST":
                self.record(req.path, None, None, None, 405)
                await send_json(writer, 405, {"error": "use POST"}, close=close)
                return True
            return await self.chat(req, reader, writer)
        self.record(req.path, None, None, None, 404)
        await send_json(writer, 404, {"error": "not found: %s %s" % (req.method, req.path)},
                        close=close)
        return True

    # -- the model endpoints -------------------------------------------------------------

    async def chat(self, req, reader, writer):
        """Answers one chat request on either API.  Returns False to close the connection."""
        openai = req.path == OPENAI_PATH
        close = req.wants_close()
        started = time.monotonic()

        try:
            payload = json.loads(req.body.decode("utf-8"))
            if not isinstance(payload, dict):
                raise ValueError("body must be a JSON object")
            messages = payload.get("messages")
            if not isinstance(messages, list) or not all(
                    isinstance(m, dict) and isinstance(m.get("content", ""), str)
                    for m in messages):
                raise ValueError("messages must be a list of {role, content} objects")
        except (UnicodeDecodeError, ValueError) as exc:
            self.record(req.path, None, None, None, 400)
            await send_json(writer, 400, error_body(openai, 400, "invalid request: %s" % exc),
                            close=close)
            return True

        model = payload.get("model")
        model = model if isinstance(model, str) else None
        stream = bool(payload.get("stream", not openai))  # Ollama streams unless told not to
        users = [m for m in messages if m.get("role") == "user"] or messages
        prompt = users[-1].get("content", "") if users else ""
        question = extract_question(prompt)
        prompt_text = "".join(m.get("content", "") for m in messages)

        # Pick the answer: first matching rule, then replay, then "I don't know."
        rule = next((r for r in self.rules if r.matches_request(model, question, prompt)), None)
        status = None
        if rule is not None:
            label = rule.label
            status = rule.failing_status()
            text = rule.response
        elif normalize_question(question) in self.replay:
            label, text = "replay", self.replay[normalize_question(question)]
        else:
            label, text = None, NO_MATCH_TEXT

        delay = rule.delay_ms if rule is not None and rule.delay_ms is not None \
            else self.default_delay_ms
        extra = [("X-Fake-Rule", str(label))]

        if rule is not None and rule.hang:
            self.record(req.path, model, question, label, 0)
            # Never answer: hold the connection until the client gives up (EOF) or shutdown.
            while await reader.read(65536):
                pass
            return False

        if delay > 0:
            await asyncio.sleep(delay / 1000.0)

        if status is not None:
            self.record(req.path, model, question, label, status)
            if status == 429:
                extra.append(("Retry-After", "0"))
            await send_json(writer, status,
                            error_body(openai, status, "scripted failure (rule %s)" % label),
                            close=close, extra=extra)
            return True

        self.record(req.path, model, question, label, 200)
        if rule is not None and rule.malformed:
            await send(writer, 200, MALFORMED_BODY, close=close, extra=extra)
            return True

        if rule is not None and rule.pad_bytes > 0:
            # A huge answer: valid SQL followed by a comment of pad_bytes bytes.
            text = text + "\n-- " + "x" * rule.pad_bytes
        faulty = rule is not None and (rule.close or rule.bytes_delay_ms > 0)
        out = Capture() if faulty else writer
        tokens_in = rule.tokens_in if rule is not None and rule.tokens_in is not None \
            else max(1, len(prompt_text) // 4)
        tokens_out = rule.tokens_out if rule is not None and rule.tokens_out is not None \
            else max(1, len(text) // 4)
        elapsed_ns = int((time.monotonic() - started) * 1e9)
        if openai:
            self.seq += 1
            await self.answer_openai(out, payload, model, text, tokens_in, tokens_out, stream,
                                     close, extra)
        else:
            await self.answer_ollama(out, model, text, tokens_in, tokens_out, stream,
                                     elapsed_ns, close, extra)
        if faulty:
            await deliver_faulty(writer, out.data, rule)
            return not rule.close
        return True

    async def answer_ollama(self, writer, model, text, tokens_in, tokens_out, stream,
                            elapsed_ns, close, extra):
        """Ollama /api/chat answer: one JSON object, or NDJSON chunks ending with done:true."""
        created = rfc3339_now()
        final = {"model": model, "created_at": created, "done": True, "done_reason": "stop",
                 "total_duration": elapsed_ns, "load_duration": 0,
                 "prompt_eval_count": tokens_in, "prompt_eval_duration": elapsed_ns // 2,
                 "eval_count": tokens_out, "eval_duration": elapsed_ns - elapsed_ns // 2}
        if not stream:
            body = {"model": model, "created_at": created,
                    "message": {"role": "assistant", "content": text}}
            body.update(final)
            await send_json(writer, 200, body, close=close, extra=extra)
            return
        lines = [json.dumps({"model": model, "created_at": created,
                             "message": {"role": "assistant", "content": piece},
                             "done": False}) + "\n" for piece in split_pieces(text)]
        final["message"] = {"role": "assistant", "content": ""}
        lines.append(json.dumps(final) + "\n")
        await send_chunked(writer, "application/x-ndjson", lines, close=close, extra=extra)

    async def answer_openai(self, writer, payload, model, text, tokens_in, tokens_out, stream,
                            close, extra):
        """OpenAI chat completion: one JSON object, or SSE chunks then `data: [DONE]`."""
        cid = "chatcmpl-fake-%d" % self.seq
        created = int(time.time())
        usage = {"prompt_tokens": tokens_in, "completion_tokens": tokens_out,
                 "total_tokens": tokens_in + tokens_out}
        if not stream:
            body = {"id": cid, "object": "chat.completion", "created": created, "model": model,
                    "choices": [{"index": 0,
                                 "message": {"role": "assistant", "content": text},
                                 "finish_reason": "stop"}],
                    "usage": usage}
            await send_json(writer, 200, body, close=close, extra=extra)
            return

        def chunk(choices, **more):
            obj = {"id": cid, "object": "chat.completion.chunk", "created": created,
                   "model": model, "choices": choices}
            obj.update(more)
            return "data: %s\n\n" % json.dumps(obj)

        events = [chunk([{"index": 0, "delta": {"role": "assistant", "content": ""},
                          "finish_reason": None}])]
        events += [chunk([{"index": 0, "delta": {"content": piece}, "finish_reason": None}])
                   for piece in split_pieces(text)]
        events.append(chunk([{"index": 0, "delta": {}, "finish_reason": "stop"}]))
        opts = payload.get("stream_options")
        if isinstance(opts, dict) and opts.get("include_usage"):
            events.append(chunk([], usage=usage))
        events.append("data: [DONE]\n\n")
        await send_chunked(writer, "text/event-stream", events, close=close, extra=extra)


def error_body(openai, status, message):
    """Error JSON in the shape each API uses."""
    if openai:
        kind = "rate_limit_error" if status == 429 else (
            "invalid_request_error" if status < 500 else "server_error")
        return {"error": {"message": message, "type": kind, "code": status}}
    return {"error": message}


# --------------------------------------------------------------------------------------------
# Startup and shutdown
# --------------------------------------------------------------------------------------------

def raise_fd_limit():
    """Lets one process hold thousands of sockets (the soft limit is often 1024)."""
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = hard if hard != resource.RLIM_INFINITY else 65536
        if soft == resource.RLIM_INFINITY or soft >= want:
            return
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    except (ImportError, ValueError, OSError):
        pass


def write_port_file(path, port):
    """Writes the port atomically (tmp file + rename) so a poller never reads half a number."""
    tmp = "%s.tmp.%d" % (path, os.getpid())
    with open(tmp, "w", encoding="ascii") as f:
        f.write("%d\n" % port)
    os.replace(tmp, path)


async def serve(args, app):
    server = await asyncio.start_server(app.handle, args.host, args.port,
                                        limit=MAX_HEADER_BYTES, backlog=4096,
                                        reuse_address=True)
    port = server.sockets[0].getsockname()[1]
    if args.port_file:
        write_port_file(args.port_file, port)
    print("listening on %s:%d" % (args.host, port), flush=True)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    try:
        await asyncio.wait_for(stop.wait(), timeout=args.max_seconds)
    except asyncio.TimeoutError:
        print("fake_llm: --max-seconds %g reached, exiting" % args.max_seconds,
              file=sys.stderr, flush=True)

    # Stop accepting, then cancel open connections (hanging ones would never finish).
    server.close()
    for task in list(app.tasks):
        task.cancel()
    if app.tasks:
        await asyncio.wait(list(app.tasks), timeout=2)


def parse_args(argv):
    p = argparse.ArgumentParser(description="Scriptable fake Ollama/OpenAI chat server "
                                            "for genbi tests (see docs/fake-llm.md).")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    p.add_argument("--port-file", help="write the chosen port here (atomically)")
    p.add_argument("--script", help="JSON list of answer rules, tried in order")
    p.add_argument("--replay", help="file of `question<TAB>sql` lines, used when no rule matches")
    p.add_argument("--default-delay-ms", type=float, default=0,
                   help="delay before every model answer unless the rule sets delay_ms")
    p.add_argument("--max-seconds", type=float, default=600,
                   help="exit by itself after this many seconds (default 600)")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        rules = load_script(args.script) if args.script else []
        replay = load_replay(args.replay) if args.replay else {}
    except (OSError, ValueError) as exc:
        print("fake_llm: %s" % exc, file=sys.stderr)
        return 2
    raise_fd_limit()
    app = FakeLLM(rules, replay, args.default_delay_ms)
    try:
        asyncio.run(serve(args, app))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
