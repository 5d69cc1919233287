import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StoredFile } from './entities/stored-file.entity';
import { FilesService } from './files.service';

/** Uploads and their bytes, shared by every feature that takes files. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([StoredFile])],
  providers: [FilesService],
  exports: [FilesService],
})
export class FilesModule {}
