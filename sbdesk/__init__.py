"""sbdesk: family sharing of the social-security card (个人账户家庭共济, 亲情服务)."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sbdesk")
except PackageNotFoundError:  # running from a checkout or a bundle without metadata
    __version__ = "0.1.0"
