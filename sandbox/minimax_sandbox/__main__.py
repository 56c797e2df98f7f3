from minimax_sandbox.cli import main

raise SystemExit(main())
