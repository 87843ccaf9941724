"""sbdesk: family sharing of the social-security card (个人账户家庭共济, 亲情服务)."""

# Kept equal to pyproject.toml's version by tests/test_version.py; a literal, because
# importlib.metadata costs a noticeable part of start-up.
__version__ = "0.1.0"
