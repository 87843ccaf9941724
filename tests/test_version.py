import tomllib
from pathlib import Path

import sbdesk


def test_the_package_version_is_the_project_version():
    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert sbdesk.__version__ == project["project"]["version"]
