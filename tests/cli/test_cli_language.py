"""`--help` and argparse's own errors speak the UI language. An error is
still one line on stderr and exit code 2, wherever the options stand."""

from __future__ import annotations

import argparse
import inspect
import re

import pytest

from sbdesk import cli, i18n
from sbdesk.cli import argparse_zh as cli_argparse
from sbdesk.cli import help_texts as cli_help_texts
from tests.cli.test_cli import run

ID = "11010519491231002X"


@pytest.fixture(autouse=True)
def argparse_put_back(monkeypatch):
    """cli.main points argparse's words at the command's language: put them back after."""
    monkeypatch.setattr(argparse, "_", argparse._)
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)


def error_line(capsys, *argv) -> str:
    assert cli.main(list(argv)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err  # one line, no usage dump, no traceback
    return lines[0]


CASES = [  # (arguments in several orders, the Chinese line, the English line)
    (
        [["person", "add", "--name", "张三"], ["person", "add", "--name", "张三"]],
        "sbdesk person add：缺少以下必填参数：--id-number",
        "sbdesk person add: the following arguments are required: --id-number",
    ),
    (
        [["person", "add", "--name", "x", "--id-number", ID, "--insurance", "bogus"]],
        "sbdesk person add：参数 --insurance：无效的选项值：'bogus'（可选：'employee', 'resident', 'none'）",
        "sbdesk person add: argument --insurance: invalid choice: 'bogus' (choose from 'employee', 'resident', 'none')",
    ),
    ([["idcheck", ID, "--bogus"]], "sbdesk：无法识别的参数：--bogus", "sbdesk: unrecognized arguments: --bogus"),
    (
        [["unbind", "abc"]],
        "sbdesk unbind：参数 绑定编号：不是有效的数字：'abc'",
        "sbdesk unbind: argument binding: invalid number: 'abc'",
    ),
    (
        [["bind", "--owner"]],
        "sbdesk bind：参数 --owner：需要一个值",
        "sbdesk bind: argument --owner: expected one argument",
    ),
]


@pytest.mark.parametrize(("argvs", "chinese", "english"), CASES)
def test_argparse_errors_in_both_languages_with_the_language_option_anywhere(capsys, argvs, chinese, english):
    for argv in argvs:
        for lang, line in (("zh_CN", chinese), ("en", english)):
            for where in (0, 1, len(argv)):  # before the command, after it, at the end
                moved = [*argv[:where], "--lang", lang, *argv[where:]]
                assert error_line(capsys, *moved) == line, moved
            assert error_line(capsys, *argv, f"--lang={lang}") == line


def test_the_environment_language_reaches_argparse(monkeypatch, capsys):
    monkeypatch.setenv("SBDESK_LANG", "zh_CN")
    assert error_line(capsys, "person", "add", "--name", "x") == "sbdesk person add：缺少以下必填参数：--id-number"
    monkeypatch.setenv("SBDESK_LANG", "en")
    assert "the following arguments are required" in error_line(capsys, "person", "add", "--name", "x")


@pytest.mark.parametrize(
    "argv", [["--help"], ["-h", "person"], ["person", "--help"], ["person", "add", "-h"], ["idcheck", "--he"]]
)
def test_help_in_chinese_wherever_asked(argv):
    for where in (0, len(argv)):
        moved = [*argv[:where], "--lang", "zh_CN", *argv[where:]]
        out = run(*moved)
        assert out.returncode == 0 and out.stderr == "", out.stderr
        assert out.stdout.startswith("用法：sbdesk")
        assert "显示本帮助并退出" in out.stdout and "选项：" in out.stdout and "数据文件夹（默认" in out.stdout
        for english in ("usage:", "options:", "show this help", "positional arguments", "data folder"):
            assert english not in out.stdout


def test_help_in_english():
    out = run("--help", "--lang", "en")
    assert out.returncode == 0
    assert out.stdout.startswith("usage: sbdesk") and "show this help message and exit" in out.stdout
    assert "check 公民身份号码 numbers" in out.stdout and "校验" not in out.stdout


def parser_help_texts() -> set[str]:
    from i18n.cli_help import help_texts

    return set(help_texts())


def test_every_help_text_is_listed_for_translation_and_translated():
    """A new option's help must be in sbdesk/cli/help_texts.py (python i18n/cli_help.py) and the .ts."""
    listed = set(cli_help_texts.TEXTS)
    missing = parser_help_texts() - listed
    assert not missing, f"run python i18n/cli_help.py and i18n/update.py, then translate: {sorted(missing)}"
    table = i18n.table("zh_CN")
    untranslated = [t for t in listed if (cli_argparse.HELP_CONTEXT, t) not in table]
    assert untranslated == []


def test_cli_help_writes_the_file_as_committed_and_as_ruff_formats_it(tmp_path, monkeypatch):
    """i18n/cli_help.py wrote a file `ruff format --check` rejected (a long help text on one
    line, no blank line after the docstring): whoever ran it had to format it by hand."""
    import subprocess
    import sys
    from pathlib import Path

    from i18n import cli_help

    committed = Path(cli_help_texts.__file__)
    target = committed.with_name("help_texts_written.py")  # beside it: ruff applies the project's settings
    monkeypatch.setattr(cli_help, "TARGET", target)
    try:
        cli_help.main()
        written = target.read_text(encoding="utf-8")
    finally:
        target.unlink(missing_ok=True)
    assert written == committed.read_text(encoding="utf-8")
    check = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--stdin-filename", "sbdesk/cli/help_texts.py", "-"],
        input=written,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cli_help.ROOT,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_argparse_words_are_the_ones_this_python_uses():
    """A Python whose argparse words changed would show them in English: said here first."""
    source = inspect.getsource(argparse)
    ours = {"invalid number: %s", "number out of range: %s", "%(prog)s: %(message)s"}
    table = i18n.table("zh_CN")
    for text in cli_argparse.TEXTS:
        assert (cli_argparse.CONTEXT, text) in table, text
        if text not in ours:
            assert repr(text)[1:-1] in source or re.escape(text) in source or text in source, text


def test_an_unknown_language_is_refused_in_the_environments_language(monkeypatch, capsys):
    monkeypatch.setenv("SBDESK_LANG", "en")
    assert (
        error_line(capsys, "idcheck", ID, "--lang", "fr")
        == "sbdesk idcheck: argument --lang: invalid choice: 'fr' (choose from 'zh_CN', 'en')"
    )
    monkeypatch.setenv("SBDESK_LANG", "zh_CN")
    assert (
        error_line(capsys, "--lang=fr", "idcheck", ID)
        == "sbdesk：参数 --lang：无效的选项值：'fr'（可选：'zh_CN', 'en'）"
    )


@pytest.mark.parametrize("option", [["--la", "en"], ["--lan", "en"], ["--lan=en"], ["--la=en"]])
def test_the_language_option_abbreviated_as_argparse_allows_is_the_language_of_errors_and_answers(
    monkeypatch, capsys, option
):
    """argparse takes --lan for --lang (args.lang is "en"); the help, the errors and the answer follow it."""
    monkeypatch.setenv("SBDESK_LANG", "zh_CN")
    assert (
        error_line(capsys, *option, "person", "add", "--name", "x")
        == "sbdesk person add: the following arguments are required: --id-number"
    )
    assert cli.main([*option, "idcheck", "1"]) != 0
    assert "invalid" in capsys.readouterr().out


def test_a_closed_stderr_keeps_the_error_off_stdout(monkeypatch, capsys):
    """`sbdesk ... > out.json 2>&-` through pip's console script (no __main__): Python makes a
    closed stderr None, and print(file=None) writes to stdout: the error landed in out.json."""
    monkeypatch.setattr("sys.stderr", None)
    assert cli.main(["--lang", "zh_CN", "person", "add", "--name", "x"]) == 2
    assert "缺少以下必填参数" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "chinese"),
    [
        (["person"], "sbdesk person：缺少以下必填参数：子命令"),
        (["idcheck"], "sbdesk idcheck：缺少以下必填参数：身份证号码"),
        (["import"], "sbdesk import：缺少以下必填参数：文件"),
        (["nosuch"], "sbdesk：参数 命令：无效的选项值：'nosuch'"),
    ],
)
def test_a_positional_argument_is_named_in_chinese(capsys, argv, chinese):
    """The positionals' names are the code's (dest: action, numbers, file …): not English in a Chinese line."""
    assert error_line(capsys, "--lang", "zh_CN", *argv).startswith(chinese)


def test_every_positional_name_is_listed_for_translation_and_translated():
    from sbdesk.cli import parser as cli_parser

    names: set[str] = set()

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if not action.option_strings and action.metavar is None:
                names.add(action.dest)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(cli_parser.build_parser())
    assert names <= set(cli_argparse.NAMES), names - set(cli_argparse.NAMES)
    table = i18n.table("zh_CN")
    assert [n for n in cli_argparse.NAMES if (cli_argparse.NAMES_CONTEXT, n) not in table] == []


def test_positional_names_in_the_chinese_help():
    out = run("--lang", "zh_CN", "import", "--help").stdout
    assert "位置参数：\n  文件" in out and not re.search(r"^\s+file\b", out, flags=re.MULTILINE), out
