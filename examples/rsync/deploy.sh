#!/usr/bin/env bash
# Build a ProfileGen site and copy it to any web server with rsync.
#   BASE_URL=https://example.org/careers/ DEST=user@host:/var/www/careers/ ./deploy.sh
# Builds are byte-identical for identical input and unchanged files keep their bytes,
# so --checksum uploads only the pages that really changed.
set -euo pipefail
: "${BASE_URL:?set BASE_URL, e.g. https://example.org/careers/}"
: "${DEST:?set DEST, e.g. user@host:/var/www/careers/}"

profilegen build --base-url "$BASE_URL" --strict
# The trailing slash copies the folder's contents; --delete removes pages that no longer exist.
# The marker file is ProfileGen's bookkeeping, not part of the site.
rsync --archive --checksum --delete --exclude .profilegen-output site-output/ "$DEST"
