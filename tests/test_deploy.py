"""The container image definition and Kubernetes manifests (no engine here: parsed and checked, not run)."""

from __future__ import annotations

import re
import shlex

import yaml

from dashboard.data.paths import ROOT

DEPLOY = ROOT / "deploy"
# make bench, one process on this machine: ~250 MB resident when idle, the target of 2 MB per open session.
IDLE_MB, PER_SESSION_MB, SESSIONS_PER_POD = 250, 2, 100


def dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) of deploy/Dockerfile, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", (DEPLOY / "Dockerfile").read_text(encoding="utf-8"))
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def manifests() -> dict[str, dict]:
    """Every object of deploy/k8s/*.yaml by kind."""
    found = {}
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            found[doc["kind"]] = doc
    return found


def mebibytes(quantity: str) -> float:
    """A Kubernetes memory quantity in Mi or Gi, in MiB."""
    units = {"Mi": 1, "Gi": 1024}
    return float(quantity[:-2]) * units[quantity[-2:]]


def test_image_serves_the_app_from_the_lock_as_non_root():
    """Python 3.11, the runtime lock, the app and its data copied from paths that exist, not root, port 8501."""
    steps = dockerfile()
    assert steps[0] == ("FROM", "python:3.11-slim-bookworm")
    assert any(op == "RUN" and "-r requirements/run.txt" in args for op, args in steps)
    copied = [shlex.split(args)[:-1] for op, args in steps if op == "COPY"]
    assert all((ROOT / src).exists() for sources in copied for src in sources)
    assert {"data", "queries", "dashboard", ".streamlit", "streamlit_app.py"} <= {s for c in copied for s in c}
    user = [args for op, args in steps if op == "USER"]
    assert user and user[-1] not in {"root", "0"}
    assert ("EXPOSE", "8501") in steps
    command = [args for op, args in steps if op == "CMD"][-1]
    assert '"streamlit", "run", "streamlit_app.py"' in command and '"--server.port", "8501"' in command


def test_deployment_has_replicas_probes_and_resources_from_measured_memory():
    """Several replicas; readiness and liveness on /_stcore/health at the image's port; memory for 100 sessions."""
    deployment = manifests()["Deployment"]
    spec = deployment["spec"]
    assert spec["replicas"] >= 2
    assert spec["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    (container,) = spec["template"]["spec"]["containers"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    for probe in ("readinessProbe", "livenessProbe"):
        get = container[probe]["httpGet"]
        assert get["path"] == "/_stcore/health" and ports[get["port"]] == 8501
    resources = container["resources"]
    assert mebibytes(resources["requests"]["memory"]) >= IDLE_MB + SESSIONS_PER_POD * PER_SESSION_MB
    assert mebibytes(resources["limits"]["memory"]) >= mebibytes(resources["requests"]["memory"])
    assert spec["selector"]["matchLabels"].items() <= spec["template"]["metadata"]["labels"].items()


def test_service_and_ingress_keep_a_visitor_on_one_replica():
    """Session affinity for the websocket at the Service (client IP) and the Ingress (cookie); metrics hidden."""
    objects = manifests()
    service, ingress = objects["Service"], objects["Ingress"]
    labels = objects["Deployment"]["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()
    assert service["spec"]["sessionAffinity"] == "ClientIP"
    container = objects["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert service["spec"]["ports"][0]["targetPort"] in {p["name"] for p in container["ports"]}
    notes = ingress["metadata"]["annotations"]
    assert notes["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert int(notes["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600
    assert "/_stcore/metrics" in notes["nginx.ingress.kubernetes.io/server-snippet"]
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"]
