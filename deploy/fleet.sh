#!/bin/sh
# Provisions a small genbi fleet on Hetzner Cloud with its CLI (hcloud): a private network, a
# firewall, N genbi servers in a spread placement group, for production and enterprise a
# database server (PostgreSQL + Redis), and a load balancer in front with a health check on
# /health and, with --domain, a managed TLS certificate. Each server boots with cloud-init that
# runs the genbi image with the profile's configuration behind nginx (deploy/nginx/nginx.conf).
#
# Idempotent: every resource is looked up by name first and only created when it is missing, so
# a second run changes nothing, and a run with a larger --count adds servers.
# --dry-run prints the commands instead of running them (it looks nothing up: it shows what a
# run on an empty project would do) and needs neither hcloud nor a token.
#
# usage: deploy/fleet.sh [--profile ultra-budget|production|enterprise] [--count N]
#                        [--location nbg1] [--ssh-key NAME] [--image REF] [--domain NAME]
#                        [--admin-cidr CIDR] [--dry-run]
# Needs HCLOUD_TOKEN (or an active hcloud context) unless --dry-run; $HCLOUD names another
# hcloud binary.
set -eu
hcloud=${HCLOUD:-hcloud}

profile=production
count=
location=nbg1
ssh_key=genbi-admin
image=ghcr.io/OWNER/genbi:latest
domain=
admin_cidr=0.0.0.0/0
dry=0

usage() {
    sed -n '/^# usage:/,/^# Needs/p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case $1 in
    --profile) profile=${2:?}; shift 2 ;;
    --count) count=${2:?}; shift 2 ;;
    --location) location=${2:?}; shift 2 ;;
    --ssh-key) ssh_key=${2:?}; shift 2 ;;
    --image) image=${2:?}; shift 2 ;;
    --domain) domain=${2:?}; shift 2 ;;
    --admin-cidr) admin_cidr=${2:?}; shift 2 ;;
    --dry-run) dry=1; shift ;;
    -h | --help) usage ;;
    *) echo "fleet: unknown argument $1" >&2; usage ;;
    esac
done

# Per profile: server type and count for genbi, the database server (none: SQLite on the node),
# the load balancer type. Prices and capacity: deploy/README.md.
case $profile in
ultra-budget) type=cpx31; n=1; db_type=; lb_type= ;;
production) type=cpx31; n=2; db_type=cpx41; lb_type=lb11 ;;
enterprise) type=ccx23; n=4; db_type=ccx33; lb_type=lb21 ;;
*) echo "fleet: unknown profile '$profile' (ultra-budget, production, enterprise)" >&2; exit 2 ;;
esac
count=${count:-$n}
case $count in '' | *[!0-9]*) echo "fleet: --count must be a number" >&2; exit 2 ;; esac
if [ "$count" -lt 1 ]; then echo "fleet: --count must be at least 1" >&2; exit 2; fi

if [ "$dry" -eq 0 ] && ! command -v "$hcloud" >/dev/null 2>&1; then
    echo "fleet: hcloud not found (apt-get install hcloud-cli); --dry-run shows the commands without it" >&2
    exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Prints a command (dry run) or runs it.
run() {
    if [ "$dry" -eq 1 ]; then
        printf '+'
        printf ' %s' "$@"
        printf '\n'
    else
        shift # "hcloud": the binary may have another name
        "$hcloud" "$@"
    fi
}

# True when the resource exists (never in a dry run: it shows a run on an empty project).
exists() {
    [ "$dry" -eq 0 ] && "$hcloud" "$1" describe "$2" >/dev/null 2>&1
}

ensure() { # kind name create-args...
    kind=$1
    name=$2
    shift 2
    if exists "$kind" "$name"; then
        echo "fleet: $kind $name exists" >&2
    else
        run hcloud "$kind" create --name "$name" "$@"
    fi
}

# cloud-init for a genbi node: Docker, the image, nginx in front (rate limits, SSE).
cat >"$tmp/genbi-node.yaml" <<EOF
#cloud-config
package_update: true
packages: [docker.io]
write_files:
  - path: /etc/genbi/nginx/nginx.conf
    permissions: "0644"
    encoding: b64
    content: $(sed -e 's/genbi1:8000/127.0.0.1:8000/' -e '/genbi2:8000/d' "$here/nginx/nginx.conf" | base64 -w0)
  - path: /etc/genbi/nginx/locations.conf
    permissions: "0644"
    encoding: b64
    content: $(base64 -w0 "$here/nginx/locations.conf")
  - path: /etc/genbi/profiles/$profile.json
    permissions: "0644"
    encoding: b64
    content: $(base64 -w0 "$here/profiles/$profile.json")
runcmd:
  - docker run -d --name genbi --restart unless-stopped --read-only --tmpfs /tmp -p 127.0.0.1:8000:8000 -v genbi-state:/var/lib/genbi -v /etc/genbi/profiles:/etc/genbi/profiles:ro $image serve --listen 0.0.0.0:8000 --config /etc/genbi/profiles/$profile.json
  - docker run -d --name nginx --restart unless-stopped --network host --read-only --tmpfs /tmp --tmpfs /var/cache/nginx -v /etc/genbi/nginx/nginx.conf:/etc/nginx/nginx.conf:ro -v /etc/genbi/nginx/locations.conf:/etc/nginx/locations.conf:ro nginx:1.26-bookworm
EOF

ensure network genbi-net --ip-range 10.0.0.0/16
if [ "$dry" -eq 1 ] || ! "$hcloud" network describe genbi-net -o json 2>/dev/null | grep -q '"ip_range": "10.0.1.0/24"'; then
    run hcloud network add-subnet genbi-net --network-zone eu-central --type cloud --ip-range 10.0.1.0/24
fi
if exists firewall genbi-fw; then
    echo "fleet: firewall genbi-fw exists" >&2
else
    run hcloud firewall create --name genbi-fw
    run hcloud firewall add-rule genbi-fw --direction in --protocol tcp --port 22 --source-ips "$admin_cidr"
    run hcloud firewall add-rule genbi-fw --direction in --protocol tcp --port 80 --source-ips 10.0.0.0/16
fi
ensure placement-group genbi-spread --type spread

i=1
while [ "$i" -le "$count" ]; do
    ensure server "genbi-$i" --type "$type" --image debian-12 --location "$location" \
        --ssh-key "$ssh_key" --network genbi-net --firewall genbi-fw \
        --placement-group genbi-spread --label role=genbi --label profile="$profile" \
        --user-data-from-file "$tmp/genbi-node.yaml"
    i=$((i + 1))
done

if [ -n "$db_type" ]; then
    ensure server genbi-db --type "$db_type" --image debian-12 --location "$location" \
        --ssh-key "$ssh_key" --network genbi-net --firewall genbi-fw --label role=genbi-db \
        --label profile="$profile"
    ensure volume genbi-db-data --size 50 --server genbi-db --automount --format ext4
fi

if [ -n "$lb_type" ]; then
    if exists load-balancer genbi-lb; then
        echo "fleet: load-balancer genbi-lb exists" >&2
    else
        run hcloud load-balancer create --name genbi-lb --type "$lb_type" --location "$location"
        run hcloud load-balancer attach-to-network genbi-lb --network genbi-net
        run hcloud load-balancer add-target genbi-lb --label-selector role=genbi --use-private-ip
        if [ -n "$domain" ]; then
            run hcloud certificate create --name genbi-cert --type managed --domain "$domain"
            run hcloud load-balancer add-service genbi-lb --protocol https --listen-port 443 \
                --destination-port 80 --http-certificates genbi-cert --http-redirect-http
        else
            run hcloud load-balancer add-service genbi-lb --protocol http --listen-port 80 \
                --destination-port 80
        fi
        run hcloud load-balancer update-service genbi-lb --listen-port "$([ -n "$domain" ] && echo 443 || echo 80)" \
            --health-check-protocol http --health-check-port 80 --health-check-interval 15s \
            --health-check-timeout 5s --health-check-retries 3 --health-check-http-path /health \
            --health-check-http-status-codes '2??,503'
    fi
fi
echo "fleet: $profile with $count genbi server(s) in $location$([ "$dry" -eq 1 ] && echo ' (dry run: nothing was changed)')" >&2
