"""The `casebook` command's commands, one module per area, registered on `casebook.cli.main`:
`setup` (init, serve, demo), `accounts` (users, tokens), `instruments` and `releases`
(publish, review, datasette), `backups` (backup, restore), `audit` (export); `common` is
what they share."""
