"""``python -m analysis.report``: the batch report's command line."""

import sys

from analysis.report.run import report_main

sys.exit(report_main())
