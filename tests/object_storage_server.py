"""A real S3 endpoint on 127.0.0.1 (moto's server) for the tests of object storage."""

import json
from contextlib import contextmanager

import boto3
from moto.server import ThreadedMotoServer

# moto accepts any credentials; boto3 and django-storages find these in the environment.
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
REGION = "us-east-1"


@contextmanager
def s3_server():
    """The address of a moto S3 server on a free port of 127.0.0.1, stopped on exit."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def bucket_environment(endpoint, bucket, location=""):
    """The environment of a site whose uploads go to `bucket`, and the bucket, made there with
    the policy of docs/deploy.md: anyone may read the renditions, nothing else."""
    s3 = client(endpoint)
    s3.create_bucket(Bucket=bucket)
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(public_renditions(bucket, location)))
    return {
        **CREDENTIALS,
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_LOCATION": location,
    }


def public_renditions(bucket, location):
    prefix = f"{location}/" if location else ""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicRenditions",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/{prefix}images/*",
            }
        ],
    }


def client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )


def stored_names(endpoint, bucket):
    listing = client(endpoint).list_objects_v2(Bucket=bucket)
    return [item["Key"] for item in listing.get("Contents", [])]
