from havoc_cli.app import main

main()
