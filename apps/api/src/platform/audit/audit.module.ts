import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditEntry } from './entities/audit-entry.entity';

/**
 * The audit log. `register` takes the module that provides UserDirectory (accounts), so the log can
 * name people without the platform importing a feature.
 */
@Global()
@Module({})
export class AuditModule {
  static register(imports: ModuleMetadata['imports']): DynamicModule {
    return {
      module: AuditModule,
      imports: [TypeOrmModule.forFeature([AuditEntry]), ...(imports ?? [])],
      controllers: [AuditController],
      providers: [AuditService],
      exports: [AuditService],
    };
  }
}
