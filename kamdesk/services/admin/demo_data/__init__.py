"""Building blocks of the demo portfolio (see :mod:`kamdesk.services.admin.demo_portfolio`).

``names`` holds the word lists and ``spec`` the shape of a hand-written account plan;
``key_accounts_europe``, ``key_accounts_overseas`` and ``emerging_accounts`` are the
hand-written plans (pure data, hence longer than code modules); ``planned_builder`` writes
a plan through the ORM and ``plan_history`` derives its earlier states for the snapshots;
``timeline`` holds the revenue quarters and curves; ``bulk`` inserts the many generic
accounts with Core executemany.
"""
