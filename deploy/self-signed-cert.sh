#!/bin/sh
# Makes a throw-away self-signed certificate for trying the compose stack locally (docs/deployment.md#compose).
# Usage: deploy/self-signed-cert.sh [directory, default deploy/certs] [host name, default localhost]
# Writes fullchain.pem and privkey.pem, the names compose's nginx reads; browsers will warn, as they should.
set -eu

dir=${1:-$(dirname "$0")/certs}
host=${2:-localhost}

mkdir -p "$dir"
# A browser matches the host against subjectAltName, not the CN; 127.0.0.1 too, for curl against the address.
case $host in
  *[!0-9.]*) san="DNS:$host,IP:127.0.0.1" ;;
  *) san="IP:$host" ;;
esac

# The key is created unreadable by others before anything is written into it.
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
  -subj "/CN=$host" -addext "subjectAltName=$san" \
  -keyout "$dir/privkey.pem" -out "$dir/fullchain.pem" 2>/dev/null
# nginx's master reads the key as root; the certificate is public.
chmod 644 "$dir/fullchain.pem"
echo "wrote $dir/fullchain.pem and $dir/privkey.pem for $host (self-signed, 30 days)"
