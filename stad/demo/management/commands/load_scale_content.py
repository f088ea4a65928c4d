import time

from django.core.management.base import BaseCommand, CommandError

from stad.demo.scale import ScaleBuilder, ScaleContentExists


class Command(BaseCommand):
    help = (
        "Add thousands of events and news items, in Dutch and English, to the demo site for "
        "benchmarks (load_demo_content first). Seeded: the same sizes give the same content. "
        "Refuses to run on a database that already holds scale content."
    )

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=5000, help="Events to add (5000).")
        parser.add_argument("--news", type=int, default=2000, help="News items to add (2000).")

    def handle(self, *args, events, news, verbosity, **options):
        if events < 0 or news < 0:
            raise CommandError("--events and --news take a number of zero or more.")
        started = time.monotonic()

        def progress(message):
            if verbosity > 1:
                self.stdout.write(f"  {message} ({time.monotonic() - started:.0f} s)")

        try:
            ScaleBuilder(events=events, news=news, progress=progress).build()
        except (ScaleContentExists, LookupError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Scale content loaded: {events} events and {news} news items in Dutch and "
                f"English, in {time.monotonic() - started:.0f} s."
            )
        )
