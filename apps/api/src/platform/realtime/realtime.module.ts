import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeService } from './realtime.service';

/**
 * socket.io for the whole app. The module that provides `UserDirectory` (accounts) is passed
 * in by the app, so the platform does not depend on a feature.
 */
@Global()
@Module({})
export class RealtimeModule {
  static register(imports: ModuleMetadata['imports']): DynamicModule {
    return {
      module: RealtimeModule,
      imports,
      providers: [RealtimeService, RealtimeGateway],
      exports: [RealtimeService],
    };
  }
}
