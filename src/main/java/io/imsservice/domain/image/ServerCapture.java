package io.imsservice.domain.image;

import io.imsservice.cloud.BlockStoragePort.Disk;
import io.imsservice.cloud.ComputePort.Server;

/** A server that passed the capture checks, with its system disk. */
public record ServerCapture(Server server, Disk systemDisk) {
}
