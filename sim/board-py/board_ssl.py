# `ssl` for the virtual board: TLS is not bridged; wrapping a socket fails with a clear message.
CERT_NONE = 0
CERT_OPTIONAL = 1
CERT_REQUIRED = 2
PROTOCOL_TLS_CLIENT = 0
PROTOCOL_TLS_SERVER = 1

_MESSAGE = "TLS is not available on the tsmp virtual board; use a plain MQTT port (1883) in the sim"


def wrap_socket(sock, *args, **kwargs):
    raise OSError(_MESSAGE)


class SSLContext:
    def __init__(self, protocol=PROTOCOL_TLS_CLIENT):
        self.verify_mode = CERT_NONE

    def load_cert_chain(self, *args, **kwargs):
        pass

    def load_verify_locations(self, *args, **kwargs):
        pass

    def wrap_socket(self, sock, *args, **kwargs):
        raise OSError(_MESSAGE)
