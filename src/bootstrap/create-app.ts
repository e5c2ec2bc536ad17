import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module';
import { AppConfig } from '../config/app-config';
import { configureApp } from './configure-app';

export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    abortOnError: false,
    logger: loggerLevels(config.logLevel),
  });
  configureApp(app, config);
  return app;
}

function loggerLevels(level: AppConfig['logLevel']) {
  const all = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return all.slice(0, all.indexOf(level) + 1) as unknown as ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}
