from perfm_bot.cli import main

raise SystemExit(main())
