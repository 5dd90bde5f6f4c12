"""Command line: `timeline-explorer [PATH...]` opens the TUI; subcommands do the rest.

Exit codes (DESIGN.md): 0 success, 2 bad usage or bad input (one line on stderr naming the
file or value and the problem), 1 anything else.
"""

from __future__ import annotations

import sys

import click

from explorer import __version__
from explorer.cli.common import BadInput


class DefaultGroup(click.Group):
    """A group whose first argument falls through to the ``open`` command when it is not
    a subcommand, so that `timeline-explorer seeds/` and `timeline-explorer` open the TUI."""

    default_command = "open"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline-explorer")
def cli() -> None:
    """Turn news articles into an ordered, explorable timeline.

    With no subcommand, opens the interactive timeline on PATH... (default: the bundled
    seed article).
    """


def _register() -> None:
    from explorer.cli import temporal_cmds, timeline_cmds

    cli.add_command(timeline_cmds.open_cmd)
    cli.add_command(timeline_cmds.list_cmd)
    cli.add_command(timeline_cmds.export_cmd)
    cli.add_command(temporal_cmds.timex_cmd)
    cli.add_command(temporal_cmds.eval_timeml_cmd)


_register()


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script; maps errors onto the documented exit codes."""
    try:
        cli.main(args=argv, prog_name="timeline-explorer", standalone_mode=False)
    except BadInput as exc:
        click.echo(f"timeline-explorer: error: {exc}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"timeline-explorer: error: {exc.format_message()}", err=True)
        sys.exit(2 if isinstance(exc, click.UsageError) else exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(0)
