"""The supervisor's report window (view.py) and its bar chart (chart.py)."""
