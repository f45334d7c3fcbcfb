# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of the model manager tests: small ONNX models with cards, a local HTTP server on 127.0.0.1
(random port) serving a release folder, with ``Range`` support, and switches to drop the connection after
N bytes, serve a corrupted or a truncated file or ignore ``Range``; a shipped folder with its manifest and a user folder."""
import hashlib
import os
import re
import shutil
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from eolatent.core.engine import model_download, model_manifest, modelcard


def write_model(path, model_id, version="1.0.0", n=64, scale=1.0, metrics=None):
    from onnx import helper as oh, numpy_helper as nh

    # random weights, as a trained network's: they do not compress (the manifest ships a model by its zipped size)
    w = nh.from_array((np.random.default_rng(n).standard_normal((n, n)) * scale).astype(np.float32), "W")
    graph = oh.make_graph([oh.make_node("MatMul", ["x", "W"], ["y"])], "g",
                          [oh.make_tensor_value_info("x", 1, [None, n])],
                          [oh.make_tensor_value_info("y", 1, [None, n])], [w])
    model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", 17)])
    model.ir_version = 9
    card = dict(id=model_id, version=version, task="biophysical", inputs=[dict(name="x", units="1")],
                outputs=[dict(name="y", units="1", valid_range=[0, 1])], tiling=dict(tile_size=64),
                training_data="none", metrics=metrics or dict(rmse=0.1), license="MIT", weights_sha256="")
    modelcard.write_onnx_with_card(model, card, str(path))
    return path.read_bytes()


def sha(data):
    return hashlib.sha256(data).hexdigest()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        srv = self.server
        name = urllib.parse.unquote(self.path.lstrip("/"))
        srv.requests.append((name, self.headers.get("Range")))
        path = os.path.join(srv.root, name)
        if not os.path.isfile(path):
            self.send_error(404)
            return
        if name in srv.html:            # a login / error page answered with 200, no length, then the connection ends
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"<!DOCTYPE html><html><body>Please sign in</body></html>")
            self.close_connection = True
            return
        data = bytearray(open(path, "rb").read())
        if name in srv.corrupt:
            data[len(data) // 2] ^= 0xFF
        if name in srv.truncate:        # the mirror holds a short copy: served whole, with its own length
            data = data[:srv.truncate[name]]
        rng = None if srv.ignore_range else self.headers.get("Range")
        if rng:
            m = re.fullmatch(r"bytes=(\d+)-(\d*)", rng)
            start = int(m.group(1))
            end = int(m.group(2)) if m.group(2) else len(data) - 1
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = bytes(data[start:end + 1])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        else:
            body = bytes(data)
            self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        cut = srv.drop_after.pop(name, None)
        if cut is not None:  # the network drops: part of the body, then the connection is gone
            self.wfile.write(body[:cut])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(body)


def start_server(root):
    """Serve ``root`` (created) on 127.0.0.1, random port; ``stop_server`` ends it."""
    root.mkdir()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.root, srv.requests, srv.drop_after, srv.corrupt, srv.ignore_range = str(root), [], {}, set(), False
    srv.truncate, srv.html = {}, set()
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, kwargs=dict(poll_interval=0.05), daemon=True)
    thread.start()
    srv.url = f"http://127.0.0.1:{srv.server_address[1]}/"
    return srv


def stop_server(srv):
    srv.shutdown()
    srv.server_close()


def make_env(tmp_path, server, monkeypatch):
    """A release folder served over HTTP (alpha: 16 kB + licence sidecar, on demand; beta: small, shipped),
    a shipped folder holding beta and the manifest, an empty user folder."""
    release = server.root
    alpha = write_model(tmp_path / "release" / "alpha.onnx", "test.alpha")
    (tmp_path / "release" / "alpha.LICENSE.txt").write_text("MIT licence of alpha\n")
    write_model(tmp_path / "release" / "beta.onnx", "test.beta", n=4)
    doc = model_manifest.build_manifest(release, url_pattern=server.url + "{file}", shipped_max=4000)
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    shipped.mkdir()
    shutil.copy(tmp_path / "release" / "beta.onnx", shipped)
    (shipped / "manifest.json").write_text(model_manifest.dump_manifest(doc))
    monkeypatch.setattr(model_manifest, "SHIPPED_DIR", str(shipped))
    monkeypatch.setenv("EOLATENT_MODELS_DIR", str(user))
    monkeypatch.setattr(model_download, "CHUNK", 1024)
    return dict(release=release, shipped=str(shipped), user=str(user), alpha=alpha, doc=doc, server=server)


@pytest.fixture()
def server(tmp_path):
    """A release server on the loopback serving tmp_path/release (imported by the model-manager test modules)."""
    srv = start_server(tmp_path / "release")
    yield srv
    stop_server(srv)


@pytest.fixture()
def env(tmp_path, server, monkeypatch):
    return make_env(tmp_path, server, monkeypatch)


def leftovers(folder):
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []
