from azmap.cli import main

raise SystemExit(main())
