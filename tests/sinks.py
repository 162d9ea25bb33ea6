"""Real servers on 127.0.0.1 that alerts are sent to: an HTTP webhook and SMTP (aiosmtpd)."""

from __future__ import annotations

import email
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class WebhookSink:
    """A real HTTP server that keeps every JSON body; answers 500 to the first `fail` posts."""

    def __init__(self, fail: int = 0):
        self.received: list[dict] = []
        self.attempts = 0
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                sink.attempts += 1
                if sink.attempts <= fail:
                    self.send_response(500)
                    self.end_headers()
                    return
                sink.received.append(json.loads(body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/alerts"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class SmtpSink:
    """A real SMTP server (aiosmtpd) keeping every message it accepts."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.messages: list[email.message.Message] = []
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                sink.messages.append(email.message_from_bytes(envelope.content))
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def close(self):
        self.controller.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
