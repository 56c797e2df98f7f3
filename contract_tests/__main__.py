from contract_tests.run import main

raise SystemExit(main())
