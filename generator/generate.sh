#!/usr/bin/env bash
# Regenerates the low-level client from spec/ into the folder given (default: generated/bulutfon_api).
# Used by `make generate` and, into a temporary folder, by `make check-generated`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${1:-$root/generated/bulutfon_api}
# SPEC= another spec file: the tests generate from a changed copy to show the output follows it.
spec=${SPEC:-$root/spec/bulutfon-v1.yaml}
# The pinned tools (openapi-python-client, and the python that runs the helpers) from the venv.
export PATH="$root/.venv/bin:$PATH"
# The templates get what the generator does not carry from the spec (which fields are money) in
# spec_facts.jinja, written beside a copy of them.
templates=$(mktemp -d)
trap 'rm -rf "$templates"' EXIT
cp -R "$here/templates/." "$templates/"
python "$here/spec_facts.py" templates "$templates" --spec "$spec"
openapi-python-client generate \
  --path "$spec" \
  --config "$here/config.yaml" \
  --custom-template-path "$templates" \
  --meta none \
  --output-path "$out" \
  --overwrite \
  --fail-on-warning >/dev/null
# The stock output has no PEP 561 marker when --meta none; mypy users need one (empty, as PEP 561 reads it).
: > "$out/py.typed"
# The spec's rules across fields (JSON Schema `not`), as data the SDK checks before sending, and
# the provider's examples of each read, which bulutfon_ext.testing builds its records from.
python "$here/spec_facts.py" rules "$out" --spec "$spec"
# Imports sorted and the code formatted by the pinned ruff, --isolated (the repository's own ruff
# settings must never change generated output): the client, rules.py and examples.py alike.
python "$here/pinned_ruff.py" check --isolated --fix-only --extend-select=I "$out"
python "$here/pinned_ruff.py" format --isolated "$out"
# Stamp every generated module, so nobody edits one by hand.
stamp="# generated from spec/bulutfon-v1.yaml by make generate; do not edit"
find "$out" -name '*.py' -print0 | while IFS= read -r -d '' file; do
  { printf '%s\n' "$stamp"; cat "$file"; } > "$file.stamped" && mv "$file.stamped" "$file"
done
